using FineTune.Pipeline.Data.Pipeline;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>An eval example whose prompt (everything before the last assistant reply) is also a training prompt.</summary>
internal sealed class PromptLeakageRule : IDatasetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3013", "train_eval_prompt_leakage", Severity.Warning,
        "An eval example asks the same prompt as a training example (with a different reply).",
        "use prompts in eval that training has not seen, or accept that this example measures recall.");

    private readonly List<(int Line, ulong Exact, ulong Prompt)> _pending = [];

    public RuleDescriptor Descriptor => Rule;

    public void Observe(in LineOutcome example, DatasetScope scope)
    {
        if (scope.IsEval && scope.Train is not null && example.Fingerprints.Prompt != UInt128.Zero)
        {
            _pending.Add((example.Line, FingerprintIndex.Key(example.Fingerprints.Exact), FingerprintIndex.Key(example.Fingerprints.Prompt)));
        }
    }

    public void Complete(DatasetScope scope)
    {
        if (scope.Train is not { } train)
        {
            return;
        }

        foreach (var (line, exact, prompt) in _pending)
        {
            if (!train.Index.Exact.ContainsKey(exact) && train.Index.Prompt.TryGetValue(prompt, out var trainLine))
            {
                scope.Report(Rule, line, $"this eval prompt is also the prompt of training example at line {trainLine} of {train.File}");
            }
        }

        _pending.Clear();
    }
}
