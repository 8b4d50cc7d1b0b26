using FineTune.Pipeline.MSBuild.Tasks;
using FineTune.Pipeline.MSBuild.Tests.Fakes;

namespace FineTune.Pipeline.MSBuild.Tests.Tasks;

public sealed class FineTuneCheckBudgetTests
{
    private const string Results = "obj/finetune.validate.json";

    private readonly FakeBuildEngine _engine = new();

    private (FineTuneCheckBudget Gate, bool Validated) Prepare(TempDirectory dir)
    {
        var validated = new FineTuneValidateData { BuildEngine = _engine, ConfigFile = "finetune.yaml", ResultsFile = Results, ProjectDirectory = dir.Path }.Execute();
        var gate = new FineTuneCheckBudget
        {
            BuildEngine = _engine,
            ConfigFile = "finetune.yaml",
            ResultsFile = Results,
            ProjectDirectory = dir.Path,
            Time = new FixedTime(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)),
        };
        return (gate, validated);
    }

    [Fact]
    public void Within_the_budget_the_verdict_is_pass()
    {
        using var dir = TaskSamples.Project(budgetUsd: 5m);
        var (gate, validated) = Prepare(dir);

        Assert.True(validated && gate.Execute(), _engine.Canonical());

        Assert.Equal(("pass", true), (gate.Verdict, gate.WithinBudget));
    }

    [Fact]
    public void Over_the_budget_is_an_FT6001_error_on_finetune_yaml_and_the_verdict_is_fail()
    {
        using var dir = TaskSamples.Project(budgetUsd: 0.000001m);
        var (gate, validated) = Prepare(dir);

        Assert.True(validated, _engine.Canonical());
        Assert.False(gate.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("FT6001", "finetune.yaml", 0), (error.Code, error.File, error.Line));
        Assert.Equal(("fail", false), (gate.Verdict, gate.WithinBudget));
    }

    [Fact]
    public void Over_the_warning_level_is_an_FT6002_warning()
    {
        using var dir = TaskSamples.Project(warnUsd: 0.000001m);
        var (gate, _) = Prepare(dir);

        Assert.True(gate.Execute(), _engine.Canonical());

        Assert.Equal("FT6002", Assert.Single(_engine.Warnings).Code);
    }

    [Fact]
    public void Without_results_there_is_nothing_to_gate()
    {
        using var dir = TaskSamples.Project();
        var gate = new FineTuneCheckBudget { BuildEngine = _engine, ConfigFile = "finetune.yaml", ResultsFile = Results, ProjectDirectory = dir.Path };

        Assert.True(gate.Execute());

        Assert.Equal(string.Empty, gate.Verdict);
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void The_gate_estimates_with_the_configuration_as_it_is_now()
    {
        using var dir = TaskSamples.Project(budgetUsd: 5m);
        var (gate, validated) = Prepare(dir);
        dir.Write("finetune.yaml", File.ReadAllText(dir.File("finetune.yaml")).Replace("budget_usd: 5", "budget_usd: 0.000001", StringComparison.Ordinal));

        Assert.True(validated, _engine.Canonical());
        Assert.False(gate.Execute());

        Assert.Equal(("FT6001", "0.000001"), (Assert.Single(_engine.Errors).Code, gate.BudgetUsd));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
