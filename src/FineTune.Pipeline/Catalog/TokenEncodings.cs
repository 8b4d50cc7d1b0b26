namespace FineTune.Pipeline.Catalog;

/// <summary>The tiktoken encodings this tool can count with (their data packages ship with it).</summary>
public static class TokenEncodings
{
    /// <summary>gpt-4o, gpt-4o-mini and gpt-4.1 families.</summary>
    public const string O200kBase = "o200k_base";

    /// <summary>gpt-3.5-turbo and gpt-4 (older models).</summary>
    public const string Cl100kBase = "cl100k_base";

    public static IReadOnlyList<string> Known { get; } = [O200kBase, Cl100kBase];
}
