using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>Everything a validation run shares between its files: limits, severities, counter, findings.</summary>
internal sealed record ValidationSetup(
    ValidationLimits Limits,
    RuleSeverities Severities,
    ITokenCounter Counter,
    DiagnosticCollector Collector,
    DatasetValidatorOptions Options)
{
    public int Parallelism => Math.Max(1, Options.Parallelism ?? Environment.ProcessorCount);
}
