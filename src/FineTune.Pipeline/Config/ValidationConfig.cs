using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Config;

public sealed record ValidationConfig
{
    /// <summary>tiktoken encoding (<c>o200k_base</c>, <c>cl100k_base</c>); null: from the catalog.</summary>
    public string? Encoding { get; init; }

    /// <summary>Per-example token limit; null: from the catalog. Longer examples are truncated by the provider.</summary>
    public int? MaxTokensPerExample { get; init; }

    /// <summary>Fewest training examples accepted (OpenAI requires 10).</summary>
    public int MinExamples { get; init; } = 10;

    /// <summary>Lines longer than this are reported and skipped without being buffered whole.</summary>
    public long MaxLineBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Bounds on the final assistant reply.</summary>
    public AssistantLengthConfig Assistant { get; init; } = new();

    /// <summary>How many distinct system prompts are tolerated before FT-drift fires.</summary>
    public int MaxSystemPromptVariants { get; init; } = 1;

    /// <summary>Per-rule severity overrides keyed by code (<c>FT2004: off</c>).</summary>
    public IReadOnlyDictionary<string, Severity> Rules { get; init; } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
}

public sealed record AssistantLengthConfig
{
    /// <summary>Replies with fewer characters than this are flagged as too short.</summary>
    public int MinChars { get; init; } = 2;

    /// <summary>Replies with more tokens than this are flagged as too long; null: no bound.</summary>
    public int? MaxTokens { get; init; } = 4096;
}
