using FineTune.Pipeline.Tool.Tests.Infrastructure;
using FineTune.Pipeline.Tool.Tests.Packaging;

namespace FineTune.Pipeline.Tool.Tests.Action;

/// <summary>
/// eng/action/run-target.sh, the action's run step, with a stand-in `finetune` that records its
/// arguments: how inputs become the command line, and the outputs the script guarantees.
/// </summary>
public sealed class RunTargetScriptTests : IDisposable
{
    private readonly TempDirectory _temp = new("finetune-run-target");

    [Fact]
    public void Inputs_become_target_config_and_report_dir_and_optional_flags_only_when_set()
    {
        var fake = FakeFinetune(exitCode: 0, writesVerdict: "pass");

        var plain = RunScript(fake, new() { ["FT_TARGET"] = "cost", ["FT_CONFIG"] = "cfg/finetune.yaml", ["FT_REPORT_DIR"] = "out" });
        var full = RunScript(fake, new() { ["FT_TARGET"] = "evaluate", ["FT_COMPARE"] = "origin/main", ["FT_MODEL"] = "ft:gpt-4o-mini-2024-07-18:acme::x1" });

        Assert.Equal(0, plain.Result.ExitCode);
        Assert.Equal("cost|-c|cfg/finetune.yaml|--report-dir|out", plain.Arguments);
        Assert.Equal("evaluate|-c|finetune.yaml|--report-dir|artifacts/finetune|--compare|origin/main|--model|ft:gpt-4o-mini-2024-07-18:acme::x1", full.Arguments);
    }

    [Fact]
    public void The_tool_exit_code_passes_through_and_its_verdict_is_kept()
    {
        var fake = FakeFinetune(exitCode: 1, writesVerdict: "fail");

        var run = RunScript(fake, new() { ["FT_REPORT_DIR"] = "out" });

        Assert.Equal(1, run.Result.ExitCode);
        Assert.Equal("fail", run.Outputs["verdict"]);
        Assert.Equal(Path.Combine(_temp.Path, "out"), run.Outputs["report-path"]);
    }

    [Fact]
    public void A_tool_that_stops_before_writing_a_verdict_leaves_verdict_error()
    {
        var fake = FakeFinetune(exitCode: 3, writesVerdict: null);

        var run = RunScript(fake, []);

        Assert.Equal(3, run.Result.ExitCode);
        Assert.Equal("error", run.Outputs["verdict"]);
        Assert.True(Directory.Exists(run.Outputs["report-path"]), "the report folder should exist for the upload step");
    }

    public void Dispose() => _temp.Dispose();

    private string FakeFinetune(int exitCode, string? writesVerdict)
    {
        var script = _temp.WriteFile($"fake-finetune-{exitCode}.sh", $"""
            #!/usr/bin/env bash
            (IFS='|'; echo "$*") > "{_temp.Combine("arguments.txt")}"
            {(writesVerdict is null ? string.Empty : $"echo verdict={writesVerdict} >> \"$GITHUB_OUTPUT\"")}
            exit {exitCode}
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return script;
    }

    private (ProcessResult Result, string Arguments, IReadOnlyDictionary<string, string> Outputs) RunScript(string fake, Dictionary<string, string?> environment)
    {
        var output = _temp.WriteFile($"github-output-{Guid.NewGuid():N}.txt", string.Empty);
        environment["FT_COMMAND"] = fake;
        environment["GITHUB_OUTPUT"] = output;
        var result = ProcessRunner.Run("bash", [RepositoryRoot.Combine("eng", "action", "run-target.sh")], _temp.Path, environment, TimeSpan.FromMinutes(1));
        var arguments = File.ReadAllText(_temp.Combine("arguments.txt")).TrimEnd('\n');
        return (result, arguments, GitHubOutputFile.Parse(File.ReadAllText(output)));
    }
}
