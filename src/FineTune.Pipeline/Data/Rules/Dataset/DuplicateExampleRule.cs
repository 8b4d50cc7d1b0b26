using FineTune.Pipeline.Data.Pipeline;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>The same example twice in one dataset: it weighs double in training.</summary>
internal sealed class DuplicateExampleRule : IDatasetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3010", "duplicate_example", Severity.Warning,
        "The example is an exact duplicate of an earlier one in the same file (same messages, tool calls and tools).",
        "remove the repeated line; duplicates make the model overweight one answer.");

    public RuleDescriptor Descriptor => Rule;

    public void Observe(in LineOutcome example, DatasetScope scope)
    {
        if (scope.Index.Exact.TryGetValue(FingerprintIndex.Key(example.Fingerprints.Exact), out var first))
        {
            scope.Report(Rule, example.Line, $"the example duplicates line {first}");
        }
    }

    public void Complete(DatasetScope scope)
    {
    }
}
