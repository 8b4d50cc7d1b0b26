using FineTune.Pipeline.Data.Pipeline;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>An eval example that is also a training example: evaluation would measure memorisation.</summary>
internal sealed class ExampleLeakageRule : IDatasetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3012", "train_eval_leakage", Severity.Error,
        "An eval example also appears in the training set.",
        "remove it from one of the two files; evaluation must use examples the model has not trained on.");

    private readonly List<(int Line, ulong Exact)> _pending = [];

    public RuleDescriptor Descriptor => Rule;

    public void Observe(in LineOutcome example, DatasetScope scope)
    {
        if (scope.IsEval && scope.Train is not null)
        {
            _pending.Add((example.Line, FingerprintIndex.Key(example.Fingerprints.Exact)));
        }
    }

    public void Complete(DatasetScope scope)
    {
        if (scope.Train is not { } train)
        {
            return;
        }

        foreach (var (line, exact) in _pending)
        {
            if (train.Index.Exact.TryGetValue(exact, out var trainLine))
            {
                scope.Report(Rule, line, $"this eval example is also training example at line {trainLine} of {train.File}");
            }
        }

        _pending.Clear();
    }
}
