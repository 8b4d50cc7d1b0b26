using System.Collections.Concurrent;

namespace FineTune.Pipeline.Tokens;

/// <summary>
/// Creates the <see cref="ITokenCounter"/> for a tiktoken encoding name. Counters are cached: every call for
/// the same encoding returns the same thread-safe instance, and each vocabulary is loaded once per process
/// (from the Microsoft.ML.Tokenizers.Data.O200kBase / Cl100kBase packages; about 0.2 s and 5 MB each).
/// </summary>
public static class TokenCounterFactory
{
    /// <summary>Encoding used by gpt-4o, gpt-4o-mini and the gpt-4.1 family.</summary>
    public const string O200kBase = "o200k_base";

    /// <summary>Encoding used by gpt-4, gpt-3.5-turbo and older chat models.</summary>
    public const string Cl100kBase = "cl100k_base";

    private static readonly ConcurrentDictionary<string, Lazy<ITokenCounter>> Counters = new(StringComparer.Ordinal);

    /// <summary>The encoding names <see cref="TryCreate"/> accepts.</summary>
    public static IReadOnlyList<string> SupportedEncodings { get; } = [O200kBase, Cl100kBase];

    /// <summary>
    /// Gets the counter for <paramref name="encoding"/> (exact, case-sensitive tiktoken name). Returns
    /// <see langword="false"/> with a <see langword="null"/> counter when the encoding is not supported.
    /// </summary>
    public static bool TryCreate(string encoding, out ITokenCounter? counter)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (!SupportedEncodings.Contains(encoding, StringComparer.Ordinal))
        {
            counter = null;
            return false;
        }

        counter = Counters.GetOrAdd(encoding, static name => new Lazy<ITokenCounter>(() => Create(name))).Value;
        return true;
    }

    /// <summary>Gets the counter for a supported encoding, or throws <see cref="ArgumentException"/>.</summary>
    public static ITokenCounter Get(string encoding) =>
        TryCreate(encoding, out ITokenCounter? counter)
            ? counter!
            : throw new ArgumentException(
                $"Unknown tiktoken encoding '{encoding}'. Supported: {string.Join(", ", SupportedEncodings)}.",
                nameof(encoding));

    // Special tokens and their order (by id) as tiktoken defines them in tiktoken_ext/openai_public.py.
    private static ITokenCounter Create(string encoding) => encoding switch
    {
        O200kBase => new TiktokenCounter<O200kPreTokenizer>(
            encoding,
            TokenVocabulary.LoadEmbedded("Microsoft.ML.Tokenizers.Data.O200kBase", "o200k_base.tiktoken.deflate"),
            ["<|endoftext|>", "<|endofprompt|>"]),
        _ => new TiktokenCounter<Cl100kPreTokenizer>(
            encoding,
            TokenVocabulary.LoadEmbedded("Microsoft.ML.Tokenizers.Data.Cl100kBase", "cl100k_base.tiktoken.deflate"),
            ["<|endoftext|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|endofprompt|>"]),
    };
}
