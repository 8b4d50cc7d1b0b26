using FineTune.Pipeline.MSBuild.Results;
using FineTune.Pipeline.MSBuild.Tasks;
using FineTune.Pipeline.MSBuild.Tests.Fakes;
using FineTune.Pipeline.MSBuild.Tests.Results;
using Microsoft.Build.Framework;

namespace FineTune.Pipeline.MSBuild.Tests.Tasks;

public sealed class FineTuneReadResultsTests
{
    private readonly FakeBuildEngine _engine = new();

    [Fact]
    public void Persisted_results_become_invariant_culture_properties()
    {
        using var dir = new TempDirectory();
        var path = dir.File("finetune.validate.json");
        ResultsStore.Write(path, SampleResults.Create(eval: new DatasetResults { Path = "e", Sha256 = "x", Examples = 12 }));
        var task = new FineTuneReadResults { BuildEngine = _engine, ResultsFile = path };

        Assert.True(task.Execute());

        Assert.Equal(
            ("120", "12", "45210", "135630", "3", "0.40689", "5", "gpt-4o-mini-2024-07-18", "pass"),
            (task.Examples, task.EvalExamples, task.BillingTokens, task.ChargedTokens, task.Epochs, task.EstimatedUsd, task.BudgetUsd, task.Model, task.Verdict));
    }

    [Fact]
    public void The_summary_line_is_printed_at_high_importance()
    {
        using var dir = new TempDirectory();
        var path = dir.File("finetune.validate.json");
        ResultsStore.Write(path, SampleResults.Create());

        new FineTuneReadResults { BuildEngine = _engine, ResultsFile = path }.Execute();

        var summary = Assert.Single(_engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.Equal(
            "FineTune: 120 examples, 45210 billing tokens x 3 epochs, estimated $0.40689 (budget $5) with gpt-4o-mini-2024-07-18",
            summary.Message);
    }

    [Fact]
    public void No_results_file_gives_empty_properties_and_no_error()
    {
        using var dir = new TempDirectory();
        var task = new FineTuneReadResults { BuildEngine = _engine, ResultsFile = dir.File("absent.json") };

        Assert.True(task.Execute());

        Assert.Equal((string.Empty, string.Empty), (task.Examples, task.Verdict));
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void A_corrupt_results_file_is_one_FT9505_error_and_is_deleted_so_the_next_build_validates_anew()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("finetune.validate.json", "not json");
        var task = new FineTuneReadResults { BuildEngine = _engine, ResultsFile = path };

        Assert.False(task.Execute());

        Assert.Equal("FT9505", Assert.Single(_engine.Errors).Code);
        Assert.False(File.Exists(path));
    }
}
