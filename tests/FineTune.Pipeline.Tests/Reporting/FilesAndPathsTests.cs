using FineTune.Pipeline.Reporting;

namespace FineTune.Pipeline.Tests.Reporting;

public sealed class FilesAndPathsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("finetune-paths-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void An_atomic_write_creates_the_folder_replaces_the_file_and_leaves_no_temp_file()
    {
        var path = Path.Combine(_root.FullName, "a", "b", "report.json");

        AtomicFile.WriteAllText(path, "old");
        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Paths_are_relative_to_the_config_folder_in_reports_and_to_the_workspace_in_annotations()
    {
        var ml = Path.Combine(_root.FullName, "ml");
        var paths = new PathMapper(ml, _root.FullName, workspace: _root.FullName);

        Assert.Equal("data/train.jsonl", paths.ForReport("data/train.jsonl"));
        Assert.Equal("data/train.jsonl", paths.ForReport(Path.Combine(ml, "data", "train.jsonl")));
        Assert.Equal("ml/data/train.jsonl", paths.ForGitHub("data/train.jsonl"));
        Assert.Equal("ml/data/train.jsonl", paths.ForConsole("data/train.jsonl"));
        Assert.Null(paths.ForReport(null));
    }

    [Fact]
    public void A_console_path_outside_the_working_directory_stays_absolute()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere", "x.jsonl");
        var paths = new PathMapper(_root.FullName, Path.Combine(_root.FullName, "sub"));

        Assert.Equal(elsewhere, paths.ForConsole(elsewhere));
    }

    [Fact]
    public void A_relative_path_that_exists_only_under_the_working_directory_is_taken_from_there()
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "ml"));
        File.WriteAllText(Path.Combine(_root.FullName, "ml", "finetune.yaml"), "version: 1");
        var paths = new PathMapper(Path.Combine(_root.FullName, "ml"), _root.FullName);

        Assert.Equal("finetune.yaml", paths.ForReport("ml/finetune.yaml"));
    }
}
