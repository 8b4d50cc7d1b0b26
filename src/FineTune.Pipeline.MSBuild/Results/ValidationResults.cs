using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Data;

namespace FineTune.Pipeline.MSBuild.Results;

/// <summary>
/// What a successful validation learned, persisted beside the build's intermediate files so that the
/// results are still available as MSBuild properties when the validation target is skipped as up to date.
/// Plain values only: the file must read back whatever the core's records grow into.
/// </summary>
public sealed record ValidationResults
{
    /// <summary>Full path of the finetune.yaml that was validated.</summary>
    public required string ConfigFile { get; init; }

    public required DatasetResults Train { get; init; }

    public DatasetResults? Eval { get; init; }

    public required CostResults Cost { get; init; }

    /// <summary>Warnings reported by the validation run (they are not repeated while the target is skipped).</summary>
    public int Warnings { get; init; }

    public static ValidationResults From(string configFile, ValidationOutcome outcome, CostEstimate estimate, int warnings)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(estimate);
        return new ValidationResults
        {
            ConfigFile = configFile,
            Train = DatasetResults.From(outcome.Train),
            Eval = outcome.Eval is null ? null : DatasetResults.From(outcome.Eval),
            Cost = CostResults.From(estimate),
            Warnings = warnings,
        };
    }
}
