using FineTune.Pipeline.Data.Pipeline;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>The same example up to letter case and whitespace (and tool-call ids).</summary>
internal sealed class NearDuplicateExampleRule : IDatasetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3011", "near_duplicate_example", Severity.Warning,
        "The example equals an earlier one in the same file once case and whitespace are ignored.",
        "remove one of the two, or make them differ in substance.");

    public RuleDescriptor Descriptor => Rule;

    public void Observe(in LineOutcome example, DatasetScope scope)
    {
        if (!scope.Index.Exact.ContainsKey(FingerprintIndex.Key(example.Fingerprints.Exact))
            && scope.Index.Normalized.TryGetValue(FingerprintIndex.Key(example.Fingerprints.Normalized), out var first))
        {
            scope.Report(Rule, example.Line, $"the example equals line {first} apart from case and whitespace");
        }
    }

    public void Complete(DatasetScope scope)
    {
    }
}
