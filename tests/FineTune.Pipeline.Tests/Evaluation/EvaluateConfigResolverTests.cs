using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation;

namespace FineTune.Pipeline.Tests.Evaluation;

public sealed class EvaluateConfigResolverTests
{
    [Fact]
    public void The_short_form_becomes_one_scorer_an_absolute_margin_and_the_judge()
    {
        var resolved = EvaluateConfigResolver.Resolve(new EvaluateConfig { Metric = EvaluationMetric.Judge, Margin = 0.02, Confidence = 0.9, JudgeModel = "gpt-4.1" });

        Assert.Equal("judge", Assert.Single(resolved.Scorers).Type);
        Assert.Equal(0.02, resolved.Gate.MinDelta);
        Assert.Equal(0.9, resolved.Gate.Confidence);
        Assert.Equal("gpt-4.1", resolved.Judge.Model);
    }

    [Fact]
    public void The_full_form_wins_over_the_short_form()
    {
        var resolved = EvaluateConfigResolver.Resolve(new EvaluateConfig
        {
            Margin = 0.02,
            Confidence = 0.9,
            Scorers = [new ScorerConfig { Type = "rouge_l" }],
            Gate = new EvaluateGateConfig { MinRelativeImprovement = 0.15, Confidence = 0.99 },
        });

        Assert.Equal("rouge_l", Assert.Single(resolved.Scorers).Type);
        Assert.Null(resolved.Gate.MinDelta);
        Assert.Equal(0.15, resolved.Gate.MinRelativeImprovement);
        Assert.Equal(0.99, resolved.Gate.Confidence);
    }
}
