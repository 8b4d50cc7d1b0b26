namespace FineTune.Pipeline.Tokens;

/// <summary>
/// Counts tokens exactly as OpenAI's <c>tiktoken</c> does for one encoding (<c>o200k_base</c>, <c>cl100k_base</c>).
/// Instances come from <see cref="TokenCounterFactory"/>; they are immutable apart from an internal bounded
/// cache and are safe to use from any number of threads at once.
/// </summary>
public interface ITokenCounter
{
    /// <summary>The tiktoken encoding name, for example <c>o200k_base</c>.</summary>
    string Encoding { get; }

    /// <summary>
    /// The encoding's special tokens (for <c>o200k_base</c>: <c>&lt;|endoftext|&gt;</c>, <c>&lt;|endofprompt|&gt;</c>;
    /// for <c>cl100k_base</c> also the three <c>&lt;|fim_…|&gt;</c> tokens), ordered by token id.
    /// </summary>
    IReadOnlyList<string> SpecialTokens { get; }

    /// <summary>
    /// Counts the tokens of ordinary text, like tiktoken's <c>encode_ordinary</c>: special-token strings such as
    /// <c>&lt;|endoftext|&gt;</c> are counted as the plain characters they are made of.
    /// </summary>
    int CountTokens(ReadOnlySpan<char> text);

    /// <summary>
    /// Finds the first occurrence of any of <see cref="SpecialTokens"/> in <paramref name="text"/> (ordinal match).
    /// Returns its character index, or -1 with <paramref name="token"/> set to <see langword="null"/> when there is none.
    /// </summary>
    int FindSpecialToken(ReadOnlySpan<char> text, out string? token);
}
