namespace FineTune.Pipeline.Generation;

/// <summary>
/// What the generate stage did, as report.json's <c>generation</c> object (snake_case), the summary section and
/// the console table. Counts are prompts unless they say answers; paths are relative to finetune.yaml.
/// </summary>
public sealed record GenerationOutcome
{
    public required string Teacher { get; init; }

    /// <summary>Scheme, host and port of the teacher's endpoint.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The filter's judge; null without a filter.</summary>
    public string? Judge { get; init; }

    /// <summary>Prompts in the prompts file.</summary>
    public required int Prompts { get; init; }

    /// <summary>Prompts answered by this run.</summary>
    public int Generated { get; init; }

    /// <summary>Prompts whose answers were in the output already (nothing asked).</summary>
    public int Reused { get; init; }

    /// <summary>Prompts asked again because they changed since their answers were written.</summary>
    public int Changed { get; init; }

    /// <summary>Answers the filter dropped (judge grade below min_score, unreadable judge reply, cut off, empty).</summary>
    public int Filtered { get; init; }

    /// <summary>Prompts whose requests failed for good; the next run asks them again.</summary>
    public int Failed { get; init; }

    /// <summary>Prompts not asked because the run was cancelled or stopped after too many failures.</summary>
    public int NotAsked { get; init; }

    /// <summary>Training lines appended by this run.</summary>
    public int LinesWritten { get; init; }

    /// <summary>Lines removed before generating (answers of changed prompts, incomplete sets, pruned lines).</summary>
    public int LinesRemoved { get; init; }

    /// <summary>Lines kept that answer no prompt of the prompts file.</summary>
    public int OrphanLines { get; init; }

    public long RequestsSent { get; init; }

    public long CacheHits { get; init; }

    public long Retries { get; init; }

    public decimal? EstimatedUsd { get; init; }

    /// <summary>From the token usage the endpoints reported for the requests sent; null when a model has no price.</summary>
    public decimal? ActualUsd { get; init; }

    public decimal? BudgetUsd { get; init; }

    /// <summary>The training JSONL written.</summary>
    public required string Output { get; init; }

    public required string Provenance { get; init; }

    public bool Cancelled { get; init; }

    public IReadOnlyList<DroppedAnswer> Dropped { get; init; } = [];

    public IReadOnlyList<FailedPrompt> Failures { get; init; } = [];
}
