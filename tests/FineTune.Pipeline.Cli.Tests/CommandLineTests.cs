namespace FineTune.Pipeline.Cli.Tests;

/// <summary>The executable's command line: usage errors exit 2 with a clear message, never a stack trace.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Help_lists_targets_options_and_exit_codes()
    {
        var result = _project.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage: finetune <target> [options]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--dry-run", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 passed", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = _project.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }

    [Fact]
    public void A_mistyped_target_exits_2_with_a_suggestion_on_stderr()
    {
        var result = _project.Run("vaildate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("finetune: error FT9001: unknown target 'vaildate'. Did you mean 'validate'? Known targets: generate, validate, cost, train, evaluate, all.", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void An_unknown_option_exits_2_with_a_suggestion()
    {
        var result = _project.Run("validate", "--exclusiv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown option '--exclusiv'. Did you mean '--exclusive'?", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_exit_2_and_show_the_usage_line()
    {
        var result = _project.Run();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: finetune <target> [options]", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_config_file_exits_2_and_writes_nothing()
    {
        var result = _project.Run("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error FT9007: configuration file 'finetune.yaml' not found", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_project.ReportDir));
    }

    [Fact]
    public void A_dry_run_lists_the_tasks_in_order_and_does_nothing()
    {
        _project.WithValidProject();

        var result = _project.Run("all", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1. validate", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2. cost", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("3. train", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("4. evaluate", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("5. all", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Would run", result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_project.ReportDir));
    }

    [Fact]
    public void Exclusive_dry_run_lists_only_the_target()
    {
        _project.WithValidProject();

        var result = _project.Run("cost", "--dry-run", "--exclusive");

        Assert.Contains("1. cost", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("validate -", result.Stdout, StringComparison.Ordinal);
    }
}
