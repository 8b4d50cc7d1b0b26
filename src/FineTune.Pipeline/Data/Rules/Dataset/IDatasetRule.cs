using FineTune.Pipeline.Data.Pipeline;

namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>
/// A check across examples (duplicates, leakage, drift, counts). Runs on the ordered stage, one example after
/// another in file order, so it may keep state; a new instance is made for every dataset.
/// </summary>
internal interface IDatasetRule
{
    RuleDescriptor Descriptor { get; }

    /// <summary>Sees one example, before the example is added to <see cref="DatasetScope.Index"/>.</summary>
    void Observe(in LineOutcome example, DatasetScope scope);

    /// <summary>Called once after the last example (for eval: after train has completed).</summary>
    void Complete(DatasetScope scope);
}
