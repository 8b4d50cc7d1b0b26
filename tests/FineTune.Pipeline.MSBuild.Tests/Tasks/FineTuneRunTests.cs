using FineTune.Pipeline.MSBuild.Tasks;
using FineTune.Pipeline.MSBuild.Tests.Fakes;

namespace FineTune.Pipeline.MSBuild.Tests.Tasks;

/// <summary>The ToolTask against a real process: a small script that behaves like the finetune tool.</summary>
public sealed class FineTuneRunTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeBuildEngine _engine = new();

    public FineTuneRunTests() => _dir.Write("finetune.yaml", "version: 1\n");

    public void Dispose() => _dir.Dispose();

    private string Script(string body)
    {
        var path = _dir.Write("fake-finetune", "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private FineTuneRun Task(string tool, string target = "validate", string? reportDir = null) => new()
    {
        BuildEngine = _engine,
        Target = target,
        ConfigFile = "finetune.yaml",
        ToolFile = tool,
        ProjectDirectory = _dir.Path,
        ReportDirectory = reportDir,
    };

    [UnixFact]
    public void Canonical_lines_of_the_tool_become_errors_and_warnings_with_code_file_line_and_column()
    {
        var tool = Script("""
            echo "data/train.jsonl(12,1): error FT1003: line 12 is not valid JSON."
            echo "data/train.jsonl(14,7): warning FT3001: duplicate of line 2."
            echo "3 lines checked"
            exit 1
            """);

        Assert.False(Task(tool).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("data/train.jsonl(12,1): error FT1003: line 12 is not valid JSON.", error.ToString());
        Assert.Equal("data/train.jsonl(14,7): warning FT3001: duplicate of line 2.", Assert.Single(_engine.Warnings).ToString());
    }

    [UnixFact]
    public void The_tool_gets_the_target_the_config_and_the_report_folder_and_runs_in_the_project_folder()
    {
        var tool = Script("echo \"args: $*\"; echo \"cwd: $(pwd)\"; echo \"color: $NO_COLOR\"");

        Assert.True(Task(tool, "cost", reportDir: "out/reports").Execute());

        var lines = _engine.Messages.Select(m => m.Message).ToList();
        Assert.Contains($"args: cost --config {_dir.File("finetune.yaml")} --report-dir {_dir.File("out/reports")}", lines);
        Assert.Contains($"cwd: {_dir.Path}", lines);
        Assert.Contains("color: 1", lines);
    }

    [UnixFact]
    public void A_failure_without_a_diagnostic_is_one_FT9504_error_that_explains_the_exit_code_and_quotes_the_output()
    {
        var tool = Script("echo 'Cannot find a manifest file.' >&2; exit 2");

        Assert.False(Task(tool).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("FT9504", error.Code);
        Assert.Contains("exited with code 2 (bad usage or bad configuration)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cannot find a manifest file.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_that_cannot_be_found_is_one_FT9503_error_that_says_how_to_install_it()
    {
        Assert.False(Task(_dir.File("missing/finetune")).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("FT9503", error.Code);
        Assert.Contains("dotnet tool install FineTune.Pipeline.Tool", error.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void The_report_written_by_the_run_gives_the_verdict_cost_and_model_id()
    {
        var tool = Script("""
            mkdir -p reports
            echo '{"verdict":"pass","cost":{"estimated_usd":0.41},"training":{"model_id":"ft:gpt-4o-mini:acme::abc"}}' > reports/report.json
            """);
        var task = Task(tool, "train", reportDir: "reports");

        Assert.True(task.Execute());

        Assert.Equal(("pass", "0.41", "ft:gpt-4o-mini:acme::abc"), (task.Verdict, task.EstimatedUsd, task.ModelId));
    }

    [UnixFact]
    public void A_report_left_over_from_an_earlier_run_is_ignored()
    {
        var stale = _dir.Write("reports/report.json", "{\"verdict\":\"fail\"}");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        var task = Task(Script("exit 0"), reportDir: "reports");

        Assert.True(task.Execute());

        Assert.Equal(string.Empty, task.Verdict);
    }

    [Fact]
    public void A_dll_is_run_with_the_dotnet_host()
    {
        var dll = _dir.Write("tool/finetune.dll", "not an assembly");
        var task = Task(dll);

        Assert.False(task.Execute());

        Assert.Contains(_engine.Messages, m => m.Message.Contains($"exec {dll} validate", StringComparison.Ordinal));
        Assert.Equal("FT9504", Assert.Single(_engine.Errors).Code);
        Assert.NotEqual(0, task.ExitCode);
    }
}
