using System.Text.Json.Serialization;

namespace FineTune.Pipeline.Data;

/// <summary>What validation learned about one dataset (train or eval): the <c>datasets.*</c> part of report.json.</summary>
public sealed record DatasetSummary
{
    /// <summary><c>train</c> or <c>eval</c>.</summary>
    public required string Role { get; init; }

    /// <summary>Path as the user wrote it (relative to the yaml), for reports.</summary>
    public required string Path { get; init; }

    /// <summary>SHA-256 of the file bytes, lower-case hex; for a split eval set, of its examples' lines.</summary>
    public required string Sha256 { get; init; }

    /// <summary>True when this eval set was split from train by hash (data.eval absent).</summary>
    public bool FromSplit { get; init; }

    /// <summary>Valid examples (lines that parsed into an example and count toward training).</summary>
    public int Examples { get; init; }

    /// <summary>Lines that could not be used (invalid JSON, not an object, ...).</summary>
    public int InvalidLines { get; init; }

    /// <summary>
    /// What counted the tokens when it is not the tiktoken <c>validation.encoding</c>: for a self-hosted model, e.g.
    /// <c>tokenizer.json of models/tiny-llama (llama3 template)</c>, or <c>o200k_base (estimate)</c> without its tokenizer.
    /// Null (and absent from report.json) for OpenAI models.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Tokenizer { get; init; }

    public TokenTotals Tokens { get; init; } = new();

    public Distribution TokensPerExample { get; init; } = new();

    public Distribution MessagesPerExample { get; init; } = new();

    public Distribution AssistantTokensPerExample { get; init; } = new();

    /// <summary>Examples whose token count exceeds the per-example limit (they get truncated).</summary>
    public int ExamplesOverLimit { get; init; }

    /// <summary>Distinct system prompts seen (0 when no example has one).</summary>
    public int SystemPromptVariants { get; init; }

    /// <summary>Token-length histogram: bucket upper bounds (inclusive) and counts, for the summary chart.</summary>
    public IReadOnlyList<HistogramBucket> TokenHistogram { get; init; } = [];

    /// <summary>Per-example fingerprints used by <c>--compare</c> and leakage checks are not kept here.</summary>
    public long Bytes { get; init; }
}

public sealed record TokenTotals
{
    /// <summary>Σ tokens of every example, as the chat formula counts them.</summary>
    public long Total { get; init; }

    /// <summary>Σ min(limit, tokens): what OpenAI bills per epoch.</summary>
    public long Billing { get; init; }

    /// <summary>Σ tokens of assistant messages (content and tool calls) that carry weight.</summary>
    public long Assistant { get; init; }
}

public sealed record Distribution
{
    public double Min { get; init; }

    public double Mean { get; init; }

    public double P50 { get; init; }

    public double P90 { get; init; }

    public double Max { get; init; }
}

public sealed record HistogramBucket(int UpperBound, int Count);
