using FineTune.Pipeline.Config;
using FineTune.Pipeline.Tests.Config;

namespace FineTune.Pipeline.Tests.Evaluation;

public sealed class EvaluateYamlTests
{
    [Fact]
    public void The_full_evaluate_section_binds_from_snake_case_yaml()
    {
        using var project = new TempProject();
        var result = project.Load(
            """
            evaluate:
              model: ft:gpt-4o-mini:acme::abc
              baseline: gpt-4o-mini
              repeats: 3
              concurrency: 16
              budget_usd: 5
              cache_dir: .cache/eval
              scorers:
                - type: judge
                  weight: 2
                  rubric: "5 = perfect"
                - type: regex
                  name: has_ticket
                  pattern: "T-[0-9]+"
                  ignore_case: true
              gate:
                metric: score
                min_relative_improvement: 0.15
                confidence: 0.9
                on_inconclusive: pass
                max_error_rate: 0.02
                interval: bootstrap
              judge:
                model: gpt-4.1
              generation:
                temperature: 0.2
                max_tokens: 300
                seed: 7
              prices:
                gpt-4o-mini: { input: 0.15, output: 0.6 }
            """,
            clock: TempProject.QuietClock);

        ConfigAssert.Clean(result);
        var e = result.Config!.Evaluate;
        Assert.Equal(3, e.Repeats);
        Assert.Equal(16, e.Concurrency);
        Assert.Equal(5m, e.BudgetUsd);
        Assert.Equal(["judge", "regex"], e.Scorers.Select(s => s.Type));
        Assert.Equal(2, e.Scorers[0].Weight);
        Assert.True(e.Scorers[1].IgnoreCase);
        Assert.Equal(0.15, e.Gate.MinRelativeImprovement);
        Assert.Equal(InconclusivePolicy.Pass, e.Gate.OnInconclusive);
        Assert.Equal(GateInterval.Bootstrap, e.Gate.Interval);
        Assert.Equal("gpt-4.1", e.Judge.Model);
        Assert.Equal(300, e.Generation.MaxTokens);
        Assert.Equal(0.6m, e.Prices["gpt-4o-mini"].Output);
    }

    [Fact]
    public void An_out_of_range_error_budget_points_at_its_line()
        => ConfigAssert.Single(new TempProject().Load("evaluate:\n  gate:\n    max_error_rate: 2\n", clock: TempProject.QuietClock), ConfigCodes.OutOfRange, 3, 21);
}
