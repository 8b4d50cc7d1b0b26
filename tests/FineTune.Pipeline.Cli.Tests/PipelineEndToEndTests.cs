using System.Text.Json;

namespace FineTune.Pipeline.Cli.Tests;

/// <summary>
/// The real tool on temp projects, with the real config loader and dataset validator: exit codes,
/// report.json, GitHub Actions files, and --compare in a real git repository.
/// </summary>
public sealed class PipelineEndToEndTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    private static string[] Statuses(JsonElement report)
        => [.. report.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("status").GetString()!)];

    [Fact]
    public void Valid_data_within_budget_exits_0_with_a_full_report()
    {
        _project.WithValidProject();

        var result = _project.Run("cost");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = _project.Report();
        Assert.Equal("pass", report.GetProperty("verdict").GetString());
        Assert.Equal(["succeeded", "succeeded"], Statuses(report));
        var train = report.GetProperty("datasets").GetProperty("train");
        Assert.Equal("data/train.jsonl", train.GetProperty("path").GetString());
        Assert.Equal(12, train.GetProperty("examples").GetInt32());
        Assert.True(train.GetProperty("tokens").GetProperty("billing").GetInt64() > 0);
        Assert.Equal(64, train.GetProperty("sha256").GetString()!.Length);
        var cost = report.GetProperty("cost");
        Assert.Equal(8, cost.GetProperty("epochs").GetInt32()); // 12 examples: 100 // 12
        Assert.Equal(cost.GetProperty("billing_tokens").GetInt64() * 8, cost.GetProperty("charged_tokens").GetInt64());
        Assert.True(cost.GetProperty("within_budget").GetBoolean());
        Assert.True(File.Exists(Path.Combine(_project.ReportDir, "summary.md")));
        Assert.True(File.Exists(Path.Combine(_project.ReportDir, "junit.xml")));
        Assert.DoesNotContain(_project.Root, File.ReadAllText(Path.Combine(_project.ReportDir, "report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_data_exits_1_with_the_bad_line_in_the_report_and_on_the_console()
    {
        _project.WithValidProject();
        var lines = Enumerable.Range(1, 12).Select(i => TempProject.Example(i)).ToList();
        lines.Insert(4, "{\"messages\": [ this is not json");
        _project.Write("data/train.jsonl", TempProject.Lines(lines));

        var result = _project.Run("cost");

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = _project.Report();
        Assert.Equal("fail", report.GetProperty("verdict").GetString());
        Assert.Equal(["failed", "skipped"], Statuses(report));
        var error = report.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(("data/train.jsonl", 5), (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Matches(@"data/train\.jsonl\(5,\d+\): error FT\d{4}: ", result.Stdout);
    }

    [Fact]
    public void Over_budget_exits_1_with_FT6001()
    {
        _project.WithValidProject(budget: 0.00001m);

        var result = _project.Run("cost");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("finetune.yaml: error FT6001: Estimated training cost", result.Stdout, StringComparison.Ordinal);
        Assert.False(_project.Report().GetProperty("cost").GetProperty("within_budget").GetBoolean());
    }

    [Fact]
    public void A_bad_configuration_exits_2_with_the_yaml_position()
    {
        _project.WithValidProject();
        _project.Write("finetune.yaml", "version: 1\ndata:\n  train: data/train.jsonl\ntrian:\n  base_model: gpt-4o-mini\n");

        var result = _project.Run("validate");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Matches(@"finetune\.yaml\(4,\d+\): error FT0\d{3}: ", result.Stdout);
        Assert.Equal("error", _project.Report().GetProperty("verdict").GetString());
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_dir_option_wins()
    {
        _project.WithValidProject();

        var result = _project.Run("validate", "--report-dir", "out/reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("pass", _project.Report(Path.Combine(_project.Root, "out", "reports")).GetProperty("verdict").GetString());
        Assert.False(Directory.Exists(_project.ReportDir));
    }

    [Fact]
    public void Under_GitHub_Actions_it_annotates_and_appends_the_summary_and_outputs()
    {
        _project.WithValidProject();
        var lines = Enumerable.Range(1, 12).Select(i => TempProject.Example(i)).ToList();
        lines[2] = "[1, 2, 3]";
        _project.Write("data/train.jsonl", TempProject.Lines(lines));
        var summary = Path.Combine(_project.Root, "summary-file.md");
        var outputs = Path.Combine(_project.Root, "output-file.txt");
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = _project.Root,
            ["GITHUB_STEP_SUMMARY"] = summary,
            ["GITHUB_OUTPUT"] = outputs,
        };

        var result = _project.Run(environment, "validate");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(@"(?m)^::error file=data/train\.jsonl,line=3,col=\d+,title=FT\d{4}::", result.Stdout);
        var markdown = File.ReadAllText(summary);
        Assert.StartsWith("## finetune validate: ❌ fail", markdown, StringComparison.Ordinal);
        Assert.Contains("```mermaid\nxychart-beta", markdown, StringComparison.Ordinal);
        Assert.Contains("| error | FT", markdown, StringComparison.Ordinal);
        var output = File.ReadAllLines(outputs);
        Assert.Contains("verdict=fail", output);
        Assert.Contains("examples=11", output);
        Assert.Contains("report-dir=artifacts/finetune", output);
    }

    [Fact]
    public void Compare_reports_examples_added_changed_and_the_cost_delta_since_a_commit()
    {
        _project.WithValidProject();
        _project.InitGit();
        _project.Commit("twelve examples");
        var lines = Enumerable.Range(1, 12).Select(i => TempProject.Example(i)).ToList();
        lines[0] = TempProject.Example(1, answer: "Go to Settings, then Invoices, and change option 1 there. Click Save when you are done.");
        lines.Add(TempProject.Example(13));
        lines.Add(TempProject.Example(14));
        _project.Write("data/train.jsonl", TempProject.Lines(lines));

        var result = _project.Run("cost", "--compare", "HEAD");

        Assert.True(result.ExitCode == 0, result.ToString());
        var compare = _project.Report().GetProperty("compare");
        Assert.Equal("HEAD", compare.GetProperty("ref").GetString());
        var train = compare.GetProperty("train");
        Assert.Equal((2, 0, 1, 11), (train.GetProperty("added").GetInt32(), train.GetProperty("removed").GetInt32(), train.GetProperty("changed").GetInt32(), train.GetProperty("unchanged").GetInt32()));
        Assert.True(train.GetProperty("tokens_delta").GetInt64() > 0);
        Assert.True(compare.TryGetProperty("cost_delta_usd", out _));
        Assert.Contains("Changes since HEAD", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("### What changed since `HEAD`", File.ReadAllText(Path.Combine(_project.ReportDir, "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_a_ref_that_does_not_exist_exits_2()
    {
        _project.WithValidProject();
        _project.InitGit();
        _project.Commit("first");

        var result = _project.Run("validate", "--compare", "no-such-ref");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error FT9011: git ref 'no-such-ref' does not exist", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_outside_a_git_repository_exits_2()
    {
        _project.WithValidProject();

        var result = _project.Run("validate", "--compare", "HEAD");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error FT9010: --compare needs a git repository", result.Stdout, StringComparison.Ordinal);
    }
}
