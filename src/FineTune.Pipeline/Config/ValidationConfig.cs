using System.ComponentModel.DataAnnotations;
using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Config;

/// <summary>Limits and rule severities for the <c>validate</c> target.</summary>
public sealed record ValidationConfig
{
    /// <summary>tiktoken encoding for token counts; default: the base model's.</summary>
    [AllowedValues(TokenEncodings.O200kBase, TokenEncodings.Cl100kBase)]
    public string? Encoding { get; init; }

    /// <summary>Per-example token limit; default: the base model's. Longer examples are truncated by the provider.</summary>
    [Range(1, int.MaxValue)]
    public int? MaxTokensPerExample { get; init; }

    /// <summary>Fewest training examples accepted (OpenAI requires 10).</summary>
    [Range(1, int.MaxValue)]
    public int MinExamples { get; init; } = 10;

    /// <summary>Lines longer than this (in bytes) are reported and skipped without being buffered whole.</summary>
    [Range(1, long.MaxValue)]
    public long MaxLineBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Bounds on the final assistant reply.</summary>
    public AssistantLengthConfig Assistant { get; init; } = new();

    /// <summary>How many distinct system prompts are tolerated before the drift rule fires.</summary>
    [Range(1, int.MaxValue)]
    public int MaxSystemPromptVariants { get; init; } = 1;

    /// <summary>Per-rule severity overrides keyed by code (<c>FT3004: off</c>); values: off, info, warning, error.</summary>
    public IReadOnlyDictionary<string, Severity> Rules { get; init; } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
}
