using FineTune.Pipeline.MSBuild.Results;
using FineTune.Pipeline.MSBuild.Tasks;
using FineTune.Pipeline.MSBuild.Tests.Fakes;
using FineTune.Pipeline.MSBuild.Tests.Results;

namespace FineTune.Pipeline.MSBuild.Tests.Tasks;

public sealed class FineTuneReadConfigTests
{
    private readonly FakeBuildEngine _engine = new();

    private FineTuneReadConfig Task(TempDirectory dir, string config = "finetune.yaml") => new()
    {
        BuildEngine = _engine,
        ConfigFile = config,
        ProjectDirectory = dir.Path,
    };

    [Fact]
    public void The_datasets_come_out_as_full_paths_with_their_role()
    {
        using var dir = TaskSamples.Project();
        var task = Task(dir);

        Assert.True(task.Execute(), _engine.Canonical());

        Assert.Equal(
            [(dir.File("data/train.jsonl"), "train"), (dir.File("data/eval.jsonl"), "eval")],
            task.Datasets.Select(d => (d.ItemSpec, d.GetMetadata("Role"))));
        Assert.Equal(("sample-model", "o200k_base"), (task.Model, task.Encoding));
        Assert.Equal(dir.File("artifacts/finetune"), task.ReportDirectory);
    }

    [Fact]
    public void Dataset_paths_are_relative_to_the_yaml_not_to_the_project()
    {
        using var dir = TaskSamples.Project(configFolder: "training");

        var task = Task(dir, "training/finetune.yaml");

        Assert.True(task.Execute(), _engine.Canonical());
        Assert.Equal(dir.File("training/data/train.jsonl"), task.Datasets[0].ItemSpec);
    }

    [Fact]
    public void A_yaml_error_fails_the_task_with_an_FT0_error_on_its_line_relative_to_the_project()
    {
        using var dir = TaskSamples.Project();
        dir.Write("finetune.yaml", "version: 1\ndata:\n  train: data/train.jsonl\n  eval: [unclosed\n");

        Assert.False(Task(dir).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.StartsWith("FT0", error.Code, StringComparison.Ordinal);
        Assert.Equal("finetune.yaml", error.File);
        Assert.True(error.Line >= 4, error.ToString());
    }

    [Fact]
    public void A_missing_yaml_is_an_error_that_names_it()
    {
        using var dir = new TempDirectory();

        Assert.False(Task(dir).Execute());

        Assert.Contains(_engine.Errors, e => e.File == "finetune.yaml" || e.Message.Contains("finetune.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Results_of_another_configuration_file_are_removed_so_the_validation_runs_again()
    {
        using var dir = TaskSamples.Project();
        var results = dir.File("obj/finetune.validate.json");
        ResultsStore.Write(results, SampleResults.Create() with { ConfigFile = dir.File("other/finetune.yaml") });
        var task = Task(dir);
        task.ResultsFile = "obj/finetune.validate.json";

        Assert.True(task.Execute(), _engine.Canonical());

        Assert.False(File.Exists(results));
    }

    [Fact]
    public void Results_of_the_same_configuration_file_are_kept()
    {
        using var dir = TaskSamples.Project();
        var results = dir.File("obj/finetune.validate.json");
        ResultsStore.Write(results, SampleResults.Create() with { ConfigFile = dir.File("finetune.yaml") });
        var task = Task(dir);
        task.ResultsFile = "obj/finetune.validate.json";

        Assert.True(task.Execute(), _engine.Canonical());

        Assert.True(File.Exists(results));
    }
}
