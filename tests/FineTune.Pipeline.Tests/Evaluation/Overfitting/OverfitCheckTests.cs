using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Overfitting;

namespace FineTune.Pipeline.Tests.Evaluation.Overfitting;

public sealed class OverfitCheckTests
{
    private static readonly TrainingAnswerIndex Training = Index(
        "To reset your password open Settings, choose Security and click Reset.",
        "Refunds are processed within five business days of the return arriving.",
        "Yes.");

    [Fact]
    public void Verbatim_and_near_copies_of_training_answers_are_found()
    {
        Assert.Equal(1, Training.BestMatch("to reset your password, open settings; choose security and click reset")!.Value.Similarity);
        var near = Training.BestMatch("Refunds are processed within five business days after the return arrives.")!.Value;
        Assert.InRange(near.Similarity, 0.85, 0.99);
        Assert.Equal(2, near.Line);
        Assert.Null(Training.BestMatch("Completely unrelated words about quantum chromodynamics here."));
    }

    [Fact]
    public void The_rate_counts_copies_among_answers_long_enough_to_judge_and_warns_above_the_threshold()
    {
        var results = new[]
        {
            Result("1", "To reset your password open Settings, choose Security and click Reset.", "Go to the account page and look for a reset link."),
            Result("2", "Refunds are processed within five business days of the return arriving.", "Refunds take about a week."),
            Result("3", "Yes.", "Yes."),
            Result("4", "Our shipping partner delivers parcels on weekdays between nine and five.", "We ship on weekdays."),
        };

        var report = OverfitCheck.Run(results, Training, new OverfitConfig { SimilarityThreshold = 0.9, WarnRate = 0.5 });

        Assert.Equal(3, report.Checked);
        Assert.Equal(2, report.CandidateCopies);
        Assert.Equal(0, report.BaselineCopies);
        Assert.True(report.Warning);
        Assert.StartsWith("Possible overfitting: 2 of 3 candidate answers (66.7%) copy a training answer", report.WarningText, StringComparison.Ordinal);
        Assert.Equal(["1", "2"], report.Examples.Select(e => e.ItemId).Order(StringComparer.Ordinal));
    }

    private static TrainingAnswerIndex Index(params string[] answers)
    {
        var index = new TrainingAnswerIndex();
        for (var i = 0; i < answers.Length; i++)
        {
            index.Add(answers[i], i + 1);
        }

        return index;
    }

    private static ItemResult Result(string id, string candidate, string baseline)
        => OutcomeFixture.Item(id, 0, 1) with
        {
            Candidate = OutcomeFixture.Item(id, 0, 1).Candidate with { Answers = [candidate] },
            Baseline = OutcomeFixture.Item(id, 0, 1).Baseline with { Answers = [baseline] },
        };
}
