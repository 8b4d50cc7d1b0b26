using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>
/// Everything a validation run shares between its files: limits, severities, counter, findings, and the file the
/// generate stage writes (its absence is explained), and the model's own tokenizer when a self-hosted one counts.
/// </summary>
internal sealed record ValidationSetup(
    ValidationLimits Limits,
    RuleSeverities Severities,
    ITokenCounter Counter,
    DiagnosticCollector Collector,
    DatasetValidatorOptions Options,
    string? GeneratedPath = null,
    IChatTemplateCounter? Template = null)
{
    public int Parallelism => Math.Max(1, Options.Parallelism ?? Environment.ProcessorCount);
}
