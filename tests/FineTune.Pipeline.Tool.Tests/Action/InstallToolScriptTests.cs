using FineTune.Pipeline.Tool.Tests.Infrastructure;

namespace FineTune.Pipeline.Tool.Tests.Action;

/// <summary>
/// eng/action/install-tool.sh, the action's install step, in its default mode: no `version`, so
/// it packs the tool from the action's own source (this checkout) and installs it into
/// $RUNNER_TEMP/finetune-tool, which it appends to $GITHUB_PATH.
/// </summary>
public sealed class InstallToolScriptTests : IDisposable
{
    private readonly TempDirectory _runnerTemp = new("finetune-runner-temp");

    [Fact]
    public void Without_a_version_it_builds_the_tool_from_source_installs_it_and_puts_it_on_the_path()
    {
        var githubPath = _runnerTemp.WriteFile("github-path.txt", string.Empty);
        var sourceFilesBefore = PackedSourceFiles();

        var first = Install(githubPath);
        var second = Install(githubPath);

        Assert.True(first.ExitCode == 0, first.Describe());
        var toolPath = _runnerTemp.Combine("finetune-tool");
        Assert.True(File.Exists(Path.Combine(toolPath, OperatingSystem.IsWindows() ? "finetune.exe" : "finetune")), first.Describe());
        Assert.Equal([toolPath, toolPath], File.ReadAllLines(githubPath));
        Assert.True(second.ExitCode == 0, second.Describe());
        Assert.Contains("already installed", second.StdOut, StringComparison.Ordinal);
        Assert.Empty(PackedSourceFiles().Except(sourceFilesBefore));
    }

    [Fact]
    public void Without_source_or_version_it_fails_with_an_annotation_that_says_what_to_set()
    {
        var githubPath = _runnerTemp.WriteFile("github-path.txt", string.Empty);
        var emptyActionPath = Directory.CreateDirectory(_runnerTemp.Combine("not-an-action")).FullName;

        var result = ProcessRunner.Run("bash", [RepositoryRoot.Combine("eng", "action", "install-tool.sh")], _runnerTemp.Path,
            new Dictionary<string, string?> { ["RUNNER_TEMP"] = _runnerTemp.Path, ["GITHUB_PATH"] = githubPath, ["FT_ACTION_PATH"] = emptyActionPath });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("::error title=finetune action::", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("'version'", result.StdOut, StringComparison.Ordinal);
    }

    public void Dispose() => _runnerTemp.Dispose();

    // The projects the script packs, without their Debug outputs: `dotnet test` on the solution builds other
    // test projects (and with them these Debug folders) while this test runs.
    private static HashSet<string> PackedSourceFiles() =>
        [.. FilesUnder(RepositoryRoot.Combine("src", "FineTune.Pipeline")), .. FilesUnder(RepositoryRoot.Combine("src", "FineTune.Pipeline.Cli"))];

    private static HashSet<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !IsDebugOutput(Path.GetRelativePath(folder, f)))
            .ToHashSet(StringComparer.Ordinal);

    // bin/Debug/**, obj/Debug/** and the restore files directly under obj/ (shared by every configuration).
    // A pack into the checkout would still show: it writes bin/Release and obj/Release.
    private static bool IsDebugOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar) is ["bin" or "obj", "Debug", ..] or ["obj", _];

    private ProcessResult Install(string githubPath) =>
        ProcessRunner.Run(
            "bash",
            [RepositoryRoot.Combine("eng", "action", "install-tool.sh")],
            _runnerTemp.Path,
            new Dictionary<string, string?>
            {
                ["RUNNER_TEMP"] = _runnerTemp.Path,
                ["GITHUB_PATH"] = githubPath,
                ["FT_ACTION_PATH"] = RepositoryRoot.Path,
            },
            TimeSpan.FromMinutes(8));
}
