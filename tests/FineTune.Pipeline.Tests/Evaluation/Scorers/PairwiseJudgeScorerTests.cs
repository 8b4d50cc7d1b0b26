using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Tests.Evaluation.Scorers;

public sealed class PairwiseJudgeScorerTests
{
    [Fact]
    public void A_judge_that_always_prefers_the_first_answer_cancels_out_to_a_tie()
    {
        var judge = new ScriptedChatModel("j", (_, _) => "Reasoning: A reads better.\nWinner: A");

        var (baseline, candidate) = Compare(judge);

        Assert.Equal(0.5, candidate.Value);
        Assert.Equal(0.5, baseline.Value);
        Assert.Equal(2, judge.Calls.Count);
    }

    [Fact]
    public void A_judge_that_prefers_the_candidate_in_both_orders_gives_it_the_full_point()
    {
        var judge = new ScriptedChatModel("j", (messages, _) =>
        {
            var text = messages[1].Content;
            var candidateIsA = text.IndexOf("CANDIDATE", StringComparison.Ordinal) < text.IndexOf("BASELINE", StringComparison.Ordinal);
            return $"Reasoning: the candidate is right.\nWinner: {(candidateIsA ? "A" : "B")}";
        });

        var (baseline, candidate) = Compare(judge);

        Assert.Equal(1, candidate.Value);
        Assert.Equal(0, baseline.Value);
    }

    [Fact]
    public void An_unparseable_reply_in_either_order_makes_the_item_an_error()
    {
        var calls = 0;
        var judge = new ScriptedChatModel("j", (_, _) => Interlocked.Increment(ref calls) == 1 ? "Reasoning: x.\nWinner: A" : "Both are fine.");

        var (baseline, candidate) = Compare(judge);

        Assert.True(baseline.IsError);
        Assert.True(candidate.IsError);
    }

    private static (Score Baseline, Score Candidate) Compare(IChatModel judge)
        => new PairwiseJudgeScorer("pairwise", 1, judge, new GenerationSettings(), null)
            .CompareAsync(ScorerTestData.Item("ref"), "BASELINE answer", "CANDIDATE answer", 0, CancellationToken.None)
            .GetAwaiter().GetResult();
}
