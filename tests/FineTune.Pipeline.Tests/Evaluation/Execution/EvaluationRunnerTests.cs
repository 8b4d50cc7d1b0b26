using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Items;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Tests.Evaluation.Execution;

public sealed class EvaluationRunnerTests
{
    private static readonly EvalItem[] Items = Enumerable.Range(0, 4)
        .Select(i => new EvalItem { Id = $"i{i}", Prompt = [ChatMessage.User($"q{i}")], Reference = "yes" })
        .ToArray();

    [Fact]
    public async Task Repeats_are_averaged_per_item_and_each_repeat_has_its_own_seed()
    {
        // The candidate answers "yes" on even seeds only: with 2 repeats (seeds 0 and 1) every item scores 0.5.
        var candidate = new ScriptedChatModel("c", (_, s) => s.Seed % 2 == 0 ? "yes" : "no");
        var baseline = new ScriptedChatModel("b", (_, _) => "no");
        var runner = Runner(baseline, candidate, new EvaluationRunOptions { Repeats = 2, Generation = new GenerationSettings { Seed = 0 } });

        var results = await runner.RunAsync(Items, new ExecutionCounters());

        Assert.All(results, r => Assert.Equal(0.5, r.Candidate.Metric));
        Assert.All(results, r => Assert.Equal(0, r.Baseline.Metric));
        Assert.Equal([0, 1], candidate.Calls.Select(c => c.Settings.Repeat).Distinct().Order());
        Assert.Equal(8, candidate.Calls.Count);
    }

    [Fact]
    public async Task A_failed_answer_makes_the_item_an_error_without_a_score()
    {
        var candidate = new ScriptedChatModel("c", (m, _) => m[0].Content == "q2" ? throw new ChatModelException("HTTP 400 context length exceeded", 400, false) : "yes");
        var runner = Runner(new ScriptedChatModel("b", (_, _) => "yes"), candidate, new EvaluationRunOptions { MaxErrorRate = 0.5 });

        var results = await runner.RunAsync(Items, new ExecutionCounters());

        var failed = Assert.Single(results, r => r.IsError);
        Assert.Equal("i2", failed.Item.Id);
        Assert.Null(failed.Candidate.Metric);
        Assert.Null(failed.Delta);
        Assert.Equal("candidate answer (repeat 1): HTTP 400 context length exceeded", failed.Errors[0]);
    }

    [Fact]
    public async Task The_combined_metric_is_the_weighted_mean_and_a_zero_weight_scorer_is_reported_only()
    {
        var scorers = new ScorerSet(
            [
                new ExactMatchScorer("exact", 3, TextNormalizer.Default),
                new ContainsScorer("mentions", 1, ["yes"], false, TextNormalizer.Default),
                new RegexScorer("shouting", 0, new System.Text.RegularExpressions.Regex("^[A-Z]+$")),
            ],
            []);
        var runner = new EvaluationRunner(new ScriptedChatModel("b", (_, _) => "yes"), new ScriptedChatModel("c", (_, _) => "yes indeed"), scorers, new EvaluationRunOptions());

        var results = await runner.RunAsync(Items, new ExecutionCounters());

        Assert.Equal(1, results[0].Baseline.Metric);
        Assert.Equal(0.25, results[0].Candidate.Metric);
        Assert.Equal(0, results[0].Candidate.Scores["shouting"]);
    }

    [Fact]
    public async Task Pairwise_scores_land_on_both_sides()
    {
        var judge = new ScriptedChatModel("j", (m, _) => m[1].Content.Contains("ANSWER A:\nbetter", StringComparison.Ordinal) ? "Reasoning: A.\nWinner: A" : "Reasoning: B.\nWinner: B");
        var scorers = new ScorerSet([], [new PairwiseJudgeScorer("pairwise", 1, judge, new GenerationSettings(), null)]);
        var runner = new EvaluationRunner(new ScriptedChatModel("b", (_, _) => "worse"), new ScriptedChatModel("c", (_, _) => "better"), scorers, new EvaluationRunOptions());

        var results = await runner.RunAsync(Items, new ExecutionCounters());

        Assert.All(results, r => Assert.Equal(1, r.Candidate.Metric));
        Assert.All(results, r => Assert.Equal(0, r.Baseline.Metric));
        Assert.Equal(8, judge.Calls.Count);
    }

    private static EvaluationRunner Runner(IChatModel baseline, IChatModel candidate, EvaluationRunOptions options)
        => new(baseline, candidate, new ScorerSet([new ExactMatchScorer("exact_match", 1, TextNormalizer.Default)], []), options);
}
