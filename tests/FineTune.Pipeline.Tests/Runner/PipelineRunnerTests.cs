using System.Text.Json;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Testing;
using FineTune.Pipeline.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace FineTune.Pipeline.Tests.Runner;

/// <summary>The whole front end on hand-built seams: a config loader stub and a line-counting validator.</summary>
public sealed class PipelineRunnerTests : IDisposable
{
    private const string Good = """{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}""";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("finetune-runner-");
    private readonly TestConsole _console = Consoles.Plain();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private FineTuneConfig _config;
    private IReadOnlyList<Diagnostic> _configDiagnostics = [];
    private Func<PipelineSettings, CancellationToken, FineTune.Pipeline.Data.ValidationOutcome> _validate = LineCountingValidator.Validate;

    public PipelineRunnerTests()
    {
        _config = Samples.Config(_root.FullName, budget: 5m, eval: null);
        File.WriteAllText(Path.Combine(_root.FullName, "finetune.yaml"), "version: 1\n");
        WriteTrain(Enumerable.Repeat(Good, 20).ToArray());
    }

    public void Dispose()
    {
        _console.Dispose();
        _root.Delete(recursive: true);
    }

    private string ReportDir => Path.Combine(_root.FullName, "artifacts", "finetune");

    private void WriteTrain(params string[] lines)
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "data"));
        File.WriteAllText(Path.Combine(_root.FullName, "data", "train.jsonl"), string.Join('\n', lines) + "\n");
    }

    private Task<int> RunAsync(params string[] args) => RunAsync(default, args);

    private async Task<int> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var services = new PipelineServices
        {
            LoadConfig = (_, _) => new ConfigLoadResult(_configDiagnostics.Any(d => d.Severity == Severity.Error) ? null : _config, _configDiagnostics),
            Validate = _validate,
            Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero)),
            Environment = _environment,
            WorkingDirectory = _root.FullName,
        };
        return await new PipelineRunner(_console, services).RunAsync(CommandLineParser.Parse(args), cancellationToken);
    }

    private JsonElement Report() => JsonDocument.Parse(File.ReadAllText(Path.Combine(ReportDir, "report.json"))).RootElement;

    private string Output => Snapshot.Scrub(_console.Output, _root.FullName);

    [Fact]
    public async Task Valid_data_within_budget_passes_and_writes_every_report()
    {
        var exitCode = await RunAsync("cost");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(["junit.xml", "report.json", "summary.md"], Directory.GetFiles(ReportDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("pass", Report().GetProperty("verdict").GetString());
        Assert.Equal(["validate", "cost"], Report().GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Snapshot.Verify(Output);
    }

    [Fact]
    public async Task Invalid_data_fails_the_gate_with_exit_1_and_cost_is_skipped()
    {
        WriteTrain(Good, "BAD line", Good);

        var exitCode = await RunAsync("cost");

        Assert.Equal(ExitCodes.GateFailed, exitCode);
        var report = Report();
        Assert.Equal("fail", report.GetProperty("verdict").GetString());
        Assert.Equal(["failed", "skipped"], report.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, report.GetProperty("cost").ValueKind);
        Assert.Contains("data/train.jsonl(2,1): error FT1002: line is not valid JSON", _console.Output, StringComparison.Ordinal);
        Snapshot.Verify(Output);
    }

    [Fact]
    public async Task Over_budget_fails_the_cost_gate_with_exit_1()
    {
        _config = _config with { Cost = new() { BudgetUsd = 0.001m } };

        var exitCode = await RunAsync("cost");

        Assert.Equal(ExitCodes.GateFailed, exitCode);
        var diagnostic = Report().GetProperty("diagnostics")[0];
        Assert.Equal(("FT6001", "finetune.yaml"), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("file").GetString()));
        Assert.False(Report().GetProperty("cost").GetProperty("within_budget").GetBoolean());
    }

    [Fact]
    public async Task A_configuration_error_exits_2_skips_every_task_and_still_reports()
    {
        _configDiagnostics = [new Diagnostic(Severity.Error, "FT0001", Path.Combine(_root.FullName, "finetune.yaml"), 3, 3, "unknown key 'trian'. Did you mean 'train'?")];

        var exitCode = await RunAsync("all");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("error", Report().GetProperty("verdict").GetString());
        Assert.Equal("finetune.yaml", Report().GetProperty("diagnostics")[0].GetProperty("file").GetString());
        Assert.All(Report().GetProperty("tasks").EnumerateArray(), t => Assert.Equal("skipped", t.GetProperty("status").GetString()));
        Assert.Contains("finetune.yaml(3,3): error FT0001: unknown key 'trian'. Did you mean 'train'?", _console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_configuration_file_exits_2_and_writes_no_report()
    {
        var exitCode = await RunAsync("validate", "-c", "nope/finetune.yaml");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("error FT9007: configuration file 'nope/finetune.yaml' not found", _console.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root.FullName, "nope")));
    }

    [Fact]
    public async Task An_unknown_target_exits_2_before_anything_runs()
    {
        var exitCode = await RunAsync("costs");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.False(Directory.Exists(ReportDir));
        Snapshot.Verify(Output);
    }

    [Fact]
    public async Task A_dry_run_lists_the_plan_and_reads_and_writes_nothing()
    {
        _validate = (_, _) => throw new InvalidOperationException("a dry run must not validate");

        var exitCode = await RunAsync("all", "--dry-run", "--compare", "main");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.False(Directory.Exists(ReportDir));
        Snapshot.Verify(Output);
    }

    [Fact]
    public async Task Report_dir_on_the_command_line_wins_over_the_yaml()
    {
        _config = _config with { Reports = new() { Dir = "from-yaml" } };

        await RunAsync("validate", "--report-dir", "from-cli");

        Assert.True(File.Exists(Path.Combine(_root.FullName, "from-cli", "report.json")));
        Assert.False(Directory.Exists(Path.Combine(_root.FullName, "from-yaml")));
    }

    [Fact]
    public async Task Reports_dir_in_the_yaml_is_used_without_the_option()
    {
        _config = _config with { Reports = new() { Dir = "from-yaml" } };

        await RunAsync("validate");

        Assert.True(File.Exists(Path.Combine(_root.FullName, "from-yaml", "summary.md")));
    }

    [Fact]
    public async Task Under_GitHub_Actions_findings_are_annotations_and_the_summary_and_outputs_are_appended()
    {
        var summary = Path.Combine(_root.FullName, "step-summary.md");
        var outputs = Path.Combine(_root.FullName, "github-output.txt");
        File.WriteAllText(summary, "earlier step\n");
        _environment["GITHUB_ACTIONS"] = "true";
        _environment["GITHUB_WORKSPACE"] = _root.FullName;
        _environment["GITHUB_STEP_SUMMARY"] = summary;
        _environment["GITHUB_OUTPUT"] = outputs;
        WriteTrain(Good, "BAD", Good);

        var exitCode = await RunAsync("validate");

        Assert.Equal(ExitCodes.GateFailed, exitCode);
        Assert.Contains("::error file=data/train.jsonl,line=2,col=1,title=FT1002::line is not valid JSON", _console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("data/train.jsonl(2,1)", _console.Output, StringComparison.Ordinal);
        Assert.StartsWith("earlier step\n## finetune validate: ❌ fail", File.ReadAllText(summary), StringComparison.Ordinal);
        Assert.Equal(
            ["verdict=fail", "examples=2", "billing-tokens=200", "estimated-usd=", "report-dir=artifacts/finetune"],
            File.ReadAllLines(outputs));
    }

    [Fact]
    public async Task Cancellation_exits_3_marks_the_task_cancelled_and_still_writes_the_report()
    {
        using var cancellation = new CancellationTokenSource();
        _validate = (_, ct) =>
        {
            cancellation.Cancel();
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException("unreachable");
        };

        var exitCode = await RunAsync(cancellation.Token, "cost");

        Assert.Equal(ExitCodes.External, exitCode);
        Assert.Equal(["cancelled", "skipped"], Report().GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("status").GetString()));
        Assert.Contains("finetune: error FT9004: Cancelled during task 'validate'.", _console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_exception_is_one_line_and_exit_3_without_a_stack_trace()
    {
        _validate = (_, _) => throw new InvalidOperationException("validator bug");

        var exitCode = await RunAsync("validate");

        Assert.Equal(ExitCodes.External, exitCode);
        Assert.Contains("finetune: error FT9005: Task 'validate' failed unexpectedly: InvalidOperationException: validator bug", _console.Output, StringComparison.Ordinal);
        Assert.Contains("Run with --verbose (or FINETUNE_DEBUG=1)", _console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_shows_the_stack_trace_of_an_internal_error()
    {
        _validate = (_, _) => throw new InvalidOperationException("validator bug");

        await RunAsync("validate", "--verbose");

        Assert.Contains("   at ", _console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exclusive_cost_counts_tokens_itself_and_warns_when_the_data_has_errors()
    {
        WriteTrain(Good, "BAD", Good);

        var exitCode = await RunAsync("cost", "--exclusive");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(["cost"], Report().GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("FT9009", Report().GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(200, Report().GetProperty("cost").GetProperty("billing_tokens").GetInt64());
    }

    [Fact]
    public async Task Compare_runs_after_validate_and_reports_what_changed()
    {
        using var repo = new TempGitRepository();
        _config = _config with { BaseDirectory = repo.Root };
        repo.Write("finetune.yaml", "version: 1\n");
        repo.Write("data/train.jsonl", Good + "\n");
        repo.Commit("one example");
        repo.Write("data/train.jsonl", Good + "\n" + Good.Replace("hello", "hey", StringComparison.Ordinal) + "\n");
        var services = new PipelineServices
        {
            LoadConfig = (_, _) => new ConfigLoadResult(_config, []),
            Validate = LineCountingValidator.Validate,
            Time = new FakeTimeProvider(),
            WorkingDirectory = repo.Root,
        };

        var exitCode = await new PipelineRunner(_console, services).RunAsync(CommandLineParser.Parse(["validate", "--compare", "HEAD"]));

        Assert.Equal(ExitCodes.Success, exitCode);
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo.Root, "artifacts", "finetune", "report.json"))).RootElement;
        Assert.Equal(["validate", "compare"], report.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var train = report.GetProperty("compare").GetProperty("train");
        Assert.Equal((1, 0, 0, 1), (train.GetProperty("added").GetInt32(), train.GetProperty("removed").GetInt32(), train.GetProperty("changed").GetInt32(), train.GetProperty("unchanged").GetInt32()));
        Assert.Contains("Changes since HEAD", _console.Output, StringComparison.Ordinal);
    }
}
