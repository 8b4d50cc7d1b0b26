using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation;
using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Items;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;

namespace FineTune.Pipeline.Tests.Evaluation;

/// <summary>Builds item results and outcomes by hand, without running models.</summary>
internal static class OutcomeFixture
{
    public static ItemResult Item(string id, double? baseline, double? candidate, string? error = null, string[]? tags = null, string? group = null)
        => new()
        {
            Item = new EvalItem { Id = id, Prompt = [ChatMessage.User($"question {id}")], Reference = $"reference {id}", Tags = tags ?? [], Group = group, File = "eval.jsonl", Line = 1 },
            Baseline = Side(baseline, $"baseline answer {id}"),
            Candidate = Side(candidate, $"candidate answer {id}"),
            Errors = error is null ? [] : [error],
        };

    public static EvaluationOutcome Outcome(params ItemResult[] items)
        => EvaluationAnalyzer.Analyze(
            items,
            new ScorerSet([new ExactMatchScorer("exact_match", 1, TextNormalizer.Default)], []),
            new EvaluateConfig { Gate = new EvaluateGateConfig { MinDelta = 0.05 }, Bootstrap = new BootstrapConfig { Resamples = 1000 } },
            "base-model",
            "tuned-model");

    private static ModelScores Side(double? metric, string answer) => new()
    {
        Answers = [answer],
        Scores = new Dictionary<string, double?> { ["exact_match"] = metric },
        Details = new Dictionary<string, string?> { ["exact_match"] = null },
        Metric = metric,
    };
}
