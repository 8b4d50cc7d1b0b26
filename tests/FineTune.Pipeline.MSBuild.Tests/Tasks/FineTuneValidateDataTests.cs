using FineTune.Pipeline.MSBuild.Results;
using FineTune.Pipeline.MSBuild.Tasks;
using FineTune.Pipeline.MSBuild.Tests.EndToEnd;
using FineTune.Pipeline.MSBuild.Tests.Fakes;

namespace FineTune.Pipeline.MSBuild.Tests.Tasks;

public sealed class FineTuneValidateDataTests
{
    private const string Results = "obj/Debug/net10.0/finetune.validate.json";

    private readonly FakeBuildEngine _engine = new();

    private FineTuneValidateData Task(TempDirectory dir, string config = "finetune.yaml") => new()
    {
        BuildEngine = _engine,
        ConfigFile = config,
        ResultsFile = Results,
        ProjectDirectory = dir.Path,
    };

    [Fact]
    public void Valid_data_writes_the_results_and_gives_the_figures()
    {
        using var dir = TaskSamples.Project();
        var task = Task(dir);

        Assert.True(task.Execute(), _engine.Canonical());

        var results = ResultsStore.Read(dir.File(Results));
        Assert.NotNull(results);
        Assert.Equal((12, 4), (results.Train.Examples, results.Eval?.Examples));
        Assert.Equal(12, task.Examples);
        Assert.True(task.BillingTokens > 12 * 20, $"billing tokens: {task.BillingTokens}");
        Assert.Equal(task.BillingTokens, results.Cost.BillingTokens);
        Assert.Equal("sample-model", results.Cost.Model);
    }

    [Fact]
    public void Broken_lines_are_errors_on_their_lines_and_earlier_results_are_removed()
    {
        using var dir = TaskSamples.Project(train: SampleData.WithBrokenLines(14, 3, 9));
        dir.Write(Results, "{}");

        Assert.False(Task(dir).Execute());

        Assert.Contains(_engine.Errors, e => (e.File, e.Line) == ("data/train.jsonl", 3) && e.Code!.StartsWith("FT1", StringComparison.Ordinal));
        Assert.Contains(_engine.Errors, e => (e.File, e.Line) == ("data/train.jsonl", 9));
        Assert.False(File.Exists(dir.File(Results)));
    }

    [Fact]
    public void Findings_in_a_config_subfolder_are_shown_relative_to_the_project()
    {
        using var dir = TaskSamples.Project(train: SampleData.WithBrokenLines(14, 6), configFolder: "training");

        Assert.False(Task(dir, "training/finetune.yaml").Execute());

        Assert.Contains(_engine.Errors, e => (e.File, e.Line) == ("training/data/train.jsonl", 6));
    }

    [Fact]
    public void A_data_warning_is_logged_with_its_code_and_does_not_fail()
    {
        var lines = SampleData.Valid(12).Split('\n').ToList();
        lines.Insert(4, string.Empty);
        using var dir = TaskSamples.Project(train: string.Join('\n', lines));

        Assert.True(Task(dir).Execute(), _engine.Canonical());

        Assert.Contains(_engine.Warnings, w => w.ToString().StartsWith("data/train.jsonl(5,1): warning FT1008: ", StringComparison.Ordinal));
        Assert.Equal(1, ResultsStore.Read(dir.File(Results))?.Warnings);
    }
}
