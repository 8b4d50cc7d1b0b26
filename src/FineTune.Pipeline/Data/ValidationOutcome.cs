using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data;

/// <summary>The result of validating the datasets of one configuration.</summary>
public sealed record ValidationOutcome
{
    public required DatasetSummary Train { get; init; }

    /// <summary>Null only when there is no eval file and the split produced nothing.</summary>
    public DatasetSummary? Eval { get; init; }

    /// <summary>Every finding, sorted by file and line, with severities after per-rule overrides.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
