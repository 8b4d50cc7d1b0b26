using FineTune.Pipeline.MSBuild.Logging;

namespace FineTune.Pipeline.MSBuild.Tests.Logging;

public sealed class DiagnosticPathsTests
{
    private static readonly string Project = Path.Combine(Path.GetTempPath(), "ft-paths", "app");

    [Fact]
    public void A_path_relative_to_the_yaml_beside_the_project_is_shown_as_written()
    {
        var paths = new DiagnosticPaths(Project, Project, fullPaths: false);

        Assert.Equal("data/train.jsonl", paths.Display("data/train.jsonl"));
    }

    [Fact]
    public void A_path_relative_to_a_yaml_in_a_subfolder_is_shown_relative_to_the_project()
    {
        var paths = new DiagnosticPaths(Project, Path.Combine(Project, "training"), fullPaths: false);

        Assert.Equal("training/data/train.jsonl", paths.Display("data/train.jsonl"));
    }

    [Fact]
    public void A_full_path_inside_the_project_is_shown_relative_to_it()
    {
        var paths = new DiagnosticPaths(Project, Project, fullPaths: false);

        Assert.Equal("finetune.yaml", paths.Display(Path.Combine(Project, "finetune.yaml")));
    }

    [Fact]
    public void A_file_outside_the_project_is_shown_with_parent_steps()
    {
        var paths = new DiagnosticPaths(Project, Project, fullPaths: false);

        Assert.Equal("../shared/train.jsonl", paths.Display(Path.Combine(Project, "..", "shared", "train.jsonl")));
    }

    [Fact]
    public void Full_paths_can_be_asked_for()
    {
        var paths = new DiagnosticPaths(Project, Project, fullPaths: true);

        Assert.Equal(Path.Combine(Project, "data", "train.jsonl"), paths.Display("data/train.jsonl"));
    }

    [Fact]
    public void No_file_stays_no_file()
    {
        var paths = new DiagnosticPaths(Project, Project, fullPaths: false);

        Assert.Null(paths.Display(null));
        Assert.Null(paths.Display(string.Empty));
    }
}
