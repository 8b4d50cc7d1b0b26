using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Tests.Evaluation.Scorers;

public sealed class JudgeScorerTests
{
    [Theory]
    [InlineData("Reasoning: matches the reference.\nScore: 5", 1.0)]
    [InlineData("Reasoning: partly right.\nScore: 3", 0.5)]
    [InlineData("It says the wrong city.\n\nScore: 1\n", 0.0)]
    public void A_well_formed_reply_maps_the_score_to_the_unit_interval(string reply, double expected)
    {
        var scorer = new JudgeScorer("judge", 1, new ScriptedChatModel("judge-model", (_, _) => reply), new GenerationSettings(), null);

        var score = scorer.Run("answer", "reference");

        Assert.Equal(expected, score.Value);
        Assert.False(string.IsNullOrEmpty(score.Detail));
    }

    [Theory]
    [InlineData("Score: 4", "without reasoning")]
    [InlineData("Reasoning: fine.\nScore: 4/5", "does not end with 'Score: N'")]
    [InlineData("Reasoning: fine.\nScore: 9", "outside 1..5")]
    [InlineData("Score: 2\nReasoning: on second thought it is fine.\nScore: 4", "2 verdict lines")]
    [InlineData("Reasoning: good.\nScore: 4\nThanks!", "does not end with")]
    [InlineData("I would give it a four.", "has no 'Score: N' line")]
    public void An_unparseable_reply_is_an_error_not_a_zero(string reply, string reason)
    {
        var scorer = new JudgeScorer("judge", 1, new ScriptedChatModel("judge-model", (_, _) => reply), new GenerationSettings(), null);

        var score = scorer.Run("answer", "reference");

        Assert.True(score.IsError);
        Assert.Null(score.Value);
        Assert.Contains(reason, score.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_judge_sees_rubric_reference_and_answer_and_is_asked_for_reasoning_first()
    {
        var judge = new ScriptedChatModel("judge-model", (_, _) => "Reasoning: ok.\nScore: 5");
        var scorer = new JudgeScorer("judge", 1, judge, new GenerationSettings { Seed = 7 }, "5 = perfect\n1 = wrong");

        await scorer.ScoreAsync(new ScoringInput(ScorerTestData.Item("REF-TEXT", "What is X?"), "ANSWER-TEXT", Repeat: 2), CancellationToken.None);

        var (messages, settings) = Assert.Single(judge.Calls);
        Assert.Contains("5 = perfect", messages[0].Content, StringComparison.Ordinal);
        Assert.Contains("Reasoning: <", messages[0].Content, StringComparison.Ordinal);
        Assert.True(messages[0].Content.IndexOf("Reasoning:", StringComparison.Ordinal) < messages[0].Content.IndexOf("Score:", StringComparison.Ordinal));
        Assert.Contains("REF-TEXT", messages[1].Content, StringComparison.Ordinal);
        Assert.Contains("ANSWER-TEXT", messages[1].Content, StringComparison.Ordinal);
        Assert.Contains("What is X?", messages[1].Content, StringComparison.Ordinal);
        Assert.Equal(2, settings.Repeat);
        Assert.Equal(9, settings.Seed);
    }

    [Fact]
    public void A_failed_judge_request_is_an_error()
    {
        var judge = new ScriptedChatModel("judge-model", (_, _) => throw new ChatModelException("HTTP 500", 500, true));
        var scorer = new JudgeScorer("judge", 1, judge, new GenerationSettings(), null);

        Assert.Contains("HTTP 500", scorer.Run("a", "b").Error, StringComparison.Ordinal);
    }
}
