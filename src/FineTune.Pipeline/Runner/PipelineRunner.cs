using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Reporting;
using Spectre.Console;

namespace FineTune.Pipeline.Runner;

/// <summary>
/// One run of <c>finetune</c>: resolves the target, validates the task graph, loads finetune.yaml,
/// runs the plan, prints as it goes, writes the reports, and returns the exit code of the contract.
/// Never throws for user mistakes; see <see cref="UnexpectedException"/> for internal errors.
/// </summary>
public sealed class PipelineRunner
{
    private readonly IAnsiConsole _console;
    private readonly IAnsiConsole _errors;
    private readonly PipelineServices _services;

    /// <param name="console">Standard output.</param>
    /// <param name="services">Loader, validator, clock, environment, working directory.</param>
    /// <param name="errorConsole">Where usage errors go (standard error); default: <paramref name="console"/>.</param>
    public PipelineRunner(IAnsiConsole console, PipelineServices services, IAnsiConsole? errorConsole = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(services);
        _console = console;
        _services = services;
        _errors = errorConsole ?? console;
    }

    /// <summary>The exception behind an internal error (exit 3), for <c>--verbose</c>.</summary>
    public Exception? UnexpectedException { get; private set; }

    public async Task<int> RunAsync(ParsedCommandLine commandLine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        if (commandLine.Options is not { } options)
        {
            return UsageError(new Diagnostic(Severity.Error, RunnerCodes.Usage, null, 0, 0, commandLine.Error ?? "bad command line"));
        }

        if (options.ShowHelp)
        {
            ConsoleLines.Write(_console, HelpText.Full);
            return ExitCodes.Success;
        }

        if (options.ShowVersion)
        {
            ConsoleLines.Write(_console, ToolInfo.Version);
            return ExitCodes.Success;
        }

        string target;
        try
        {
            target = PipelineTargets.Resolve(options.Target!);
        }
        catch (PipelineException ex)
        {
            return UsageError(ex.Diagnostic);
        }

        var configPath = Path.GetFullPath(options.ConfigPath, _services.WorkingDirectory);
        var state = new PipelineState(options, configPath)
        {
            HasGenerateSection = Config.GenerateSection.IsDeclared(configPath),
            EvaluationProgress = new Evaluation.Reporting.EvaluationProgressPrinter(line => ConsoleLines.Write(_console, line)),
        };
        var graph = new TaskGraph(PipelineTasks.Create(state, _services, _console));
        var problems = graph.Validate();
        if (problems.Count > 0)
        {
            ConsoleLines.Write(_errors, new Diagnostic(Severity.Error, RunnerCodes.InvalidGraph, null, 0, 0,
                "internal error, the task graph is invalid: " + string.Join("; ", problems)).ToCanonicalString());
            return ExitCodes.External;
        }

        var roots = options.CompareRef is null ? new[] { target } : [PipelineTargets.Compare, target];
        var plan = graph.Plan(roots, options.Exclusive);
        var gitHub = GitHubActionsEnvironment.From(_services.Environment);
        var paths = new PathMapper(state.ConfigDirectory, _services.WorkingDirectory, gitHub.Workspace);
        var reporter = new ConsoleReporter(_console, new DiagnosticPrinter(_console, paths, gitHub.IsActive));
        if (options.DryRun)
        {
            reporter.DryRun(plan, options);
            return ExitCodes.Success;
        }

        var loaded = LoadConfiguration(state);
        state.ReportDirectory = ReportDirectory(state);
        reporter.Diagnostics.Write(state.DiagnosticsOf(JUnitReport.ConfigTask));
        var result = loaded
            ? await RunPlanAsync(plan, state, reporter, cancellationToken).ConfigureAwait(false)
            : new TaskRunResult([.. plan.Select(t => new TaskRecord(t.Name, TaskRunStatus.Skipped, TimeSpan.Zero))], ExitCodes.Usage, null);
        return Finish(state, target, result, paths, gitHub, reporter);
    }

    private bool LoadConfiguration(PipelineState state)
    {
        if (!File.Exists(state.ConfigPath))
        {
            var display = state.Options.ConfigPath;
            state.Report(JUnitReport.ConfigTask, [new Diagnostic(Severity.Error, RunnerCodes.ConfigNotFound, null, 0, 0,
                $"configuration file '{display}' not found. Create finetune.yaml in this folder or pass its path with -c.")]);
            return false;
        }

        var loaded = _services.LoadConfig(state.ConfigPath, _services.Environment);
        state.Report(JUnitReport.ConfigTask, loaded.Diagnostics);
        if (!loaded.Succeeded)
        {
            return false;
        }

        state.Settings = Config.PipelineSettings.Resolve(loaded.Config!);
        return true;
    }

    private async Task<TaskRunResult> RunPlanAsync(IReadOnlyList<TaskDefinition> plan, PipelineState state, ConsoleReporter reporter, CancellationToken cancellationToken)
    {
        var engine = new TaskEngine(_services.Time);
        engine.TaskFinished += record => reporter.TaskFinished(record, state);
        var result = await engine.RunAsync(plan, dryRun: false, cancellationToken).ConfigureAwait(false);
        UnexpectedException = engine.UnexpectedException;
        if (result.Error is { } error)
        {
            var failed = result.Records.FirstOrDefault(r => r.Status is TaskRunStatus.Error or TaskRunStatus.Cancelled)?.Name ?? JUnitReport.ConfigTask;
            state.Report(failed, [error]);
            reporter.Diagnostics.Write(error);
        }

        if (UnexpectedException is { } unexpected)
        {
            var verbose = state.Options.Verbose || _services.Variable("FINETUNE_DEBUG") is "1" or "true";
            ConsoleLines.Write(_errors, verbose ? unexpected.ToString() : "Run with --verbose (or FINETUNE_DEBUG=1) for the details of this internal error.");
        }

        return result;
    }

    private int Finish(PipelineState state, string target, TaskRunResult result, PathMapper paths, GitHubActionsEnvironment gitHub, ConsoleReporter reporter)
    {
        var exitCode = result.ExitCode;
        var directory = state.ReportDirectory;
        var display = directory is null ? null : paths.Display(directory);
        var report = RunReportBuilder.Build(state, target, result.Records, exitCode, paths, _services.Time);
        if (directory is not null)
        {
            try
            {
                new ReportWriter(gitHub).Write(report, directory, display!);
            }
            catch (PipelineException ex)
            {
                reporter.Diagnostics.Write(ex.Diagnostic);
                exitCode = Math.Max(exitCode, ex.ExitCode);
                report = report with { ExitCode = exitCode, Verdict = Verdicts.FromExitCode(exitCode), Diagnostics = [.. report.Diagnostics, ex.Diagnostic] };
                display = null;
            }
        }

        reporter.Finish(report, result.Records, display);
        return exitCode;
    }

    /// <summary><c>--report-dir</c> (from the working directory), else <c>reports.dir</c> (from the yaml's folder); none when the yaml is missing.</summary>
    private string? ReportDirectory(PipelineState state)
    {
        if (state.Options.ReportDir is { } fromCommandLine)
        {
            return Path.GetFullPath(fromCommandLine, _services.WorkingDirectory);
        }

        if (state.Settings is { } settings)
        {
            return Path.GetFullPath(settings.Config.Reports.Dir, settings.Config.BaseDirectory);
        }

        return File.Exists(state.ConfigPath) ? Path.GetFullPath(new Config.ReportsConfig().Dir, state.ConfigDirectory) : null;
    }

    private int UsageError(Diagnostic diagnostic)
    {
        ConsoleLines.Write(_errors, diagnostic.ToCanonicalString());
        ConsoleLines.Write(_errors, HelpText.Usage);
        return ExitCodes.Usage;
    }
}
