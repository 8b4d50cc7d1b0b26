using FineTune.Pipeline.Data.Pipeline;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>What a cross-example rule sees of the dataset it runs over, and where its findings go.</summary>
internal sealed class DatasetScope(
    string file,
    bool isEval,
    bool fromSplit,
    ValidationLimits limits,
    RuleSeverities severities,
    DiagnosticCollector sink)
{
    public string File { get; } = file;

    public bool IsEval { get; } = isEval;

    public bool FromSplit { get; } = fromSplit;

    public ValidationLimits Limits { get; } = limits;

    public FingerprintIndex Index { get; } = new();

    /// <summary>The training set's index (for eval leakage checks); null for train itself.</summary>
    public DatasetScope? Train { get; init; }

    /// <summary>Examples observed so far.</summary>
    public int Examples { get; set; }

    public bool IsEnabled(RuleDescriptor rule) => severities.IsEnabled(rule);

    public void Report(RuleDescriptor rule, int line, string what, string? fix = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var severity = severities.For(rule);
        if (severity != Severity.Off)
        {
            sink.Add(new Diagnostic(severity, rule.Code, File, line, line > 0 ? 1 : 0, ExampleContext.Compose(what, fix ?? rule.HowToFix)));
        }
    }
}
