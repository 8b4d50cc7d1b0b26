using FineTune.Pipeline.Data.Pipeline;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>Fewer training examples than validation.min_examples (OpenAI requires at least 10).</summary>
internal sealed class MinExamplesRule : IDatasetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3008", "too_few_examples", Severity.Error,
        "The training set has fewer valid examples than validation.min_examples (OpenAI requires 10).",
        "add examples (50–100 good ones is a sensible start), or fix the invalid lines.");

    public RuleDescriptor Descriptor => Rule;

    public void Observe(in LineOutcome example, DatasetScope scope)
    {
    }

    public void Complete(DatasetScope scope)
    {
        if (!scope.IsEval && scope.Examples < scope.Limits.MinExamples)
        {
            var split = scope.FromSplit ? " after the eval split" : string.Empty;
            scope.Report(Rule, 0, $"the training set has {scope.Examples} valid examples{split}; at least {scope.Limits.MinExamples} are required");
        }
    }
}
