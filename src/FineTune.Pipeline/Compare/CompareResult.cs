namespace FineTune.Pipeline.Compare;

/// <summary>What changed in the datasets since a git ref: the <c>compare</c> part of report.json.</summary>
public sealed record CompareResult
{
    /// <summary>The ref as the user gave it (<c>origin/main</c>).</summary>
    public required string Ref { get; init; }

    /// <summary>The commit it resolved to.</summary>
    public required string Commit { get; init; }

    public required DatasetDelta Train { get; init; }

    /// <summary>Null when the eval set is split from train.</summary>
    public DatasetDelta? Eval { get; init; }

    /// <summary>Estimated training cost at the ref, with today's settings.</summary>
    public decimal PreviousEstimatedUsd { get; init; }

    /// <summary>Estimated training cost now.</summary>
    public decimal EstimatedUsd { get; init; }

    /// <summary>Now minus at the ref.</summary>
    public decimal CostDeltaUsd => EstimatedUsd - PreviousEstimatedUsd;
}
