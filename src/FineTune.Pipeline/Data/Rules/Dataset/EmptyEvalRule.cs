using FineTune.Pipeline.Data.Pipeline;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>The eval set (a file or the split) ended up with no example.</summary>
internal sealed class EmptyEvalRule : IDatasetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3016", "empty_eval_set", Severity.Warning,
        "The eval set has no valid examples, so nothing can be evaluated.",
        "add examples to data.eval, or raise data.eval_split.fraction so the split holds some.");

    public RuleDescriptor Descriptor => Rule;

    public void Observe(in LineOutcome example, DatasetScope scope)
    {
    }

    public void Complete(DatasetScope scope)
    {
        if (scope.IsEval && scope.Examples == 0)
        {
            var what = scope.FromSplit ? "the eval split of the training file holds no examples" : "the eval file has no valid examples";
            scope.Report(Rule, 0, what);
        }
    }
}
