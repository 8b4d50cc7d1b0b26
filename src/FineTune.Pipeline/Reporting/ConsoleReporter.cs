using FineTune.Pipeline.Runner;
using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// What a run prints, all through one <see cref="IAnsiConsole"/>: each task's findings and tables
/// as it finishes, then the task table, the verdict and where the reports are.
/// </summary>
public sealed class ConsoleReporter
{
    private readonly IAnsiConsole _console;
    private readonly DiagnosticPrinter _diagnostics;

    public ConsoleReporter(IAnsiConsole console, DiagnosticPrinter diagnostics)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(diagnostics);
        _console = console;
        _diagnostics = diagnostics;
    }

    public DiagnosticPrinter Diagnostics => _diagnostics;

    /// <summary>Prints what <paramref name="record"/>'s task found.</summary>
    public void TaskFinished(TaskRecord record, PipelineState state)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(state);
        _diagnostics.Write(state.DiagnosticsOf(record.Name));
        switch (record.Name)
        {
            case PipelineTargets.Generate when state.Generation is { } generation:
                _console.Write(Generation.Reporting.GenerationTable.Build(generation));
                break;
            case PipelineTargets.Validate when state.Validation is { } outcome:
                _console.Write(DatasetTable.Build(outcome.Train, outcome.Eval));
                break;
            case PipelineTargets.Cost when state.Cost is { } cost:
                _console.Write(CostTable.Build(cost));
                break;
            case PipelineTargets.Train when state.Training is { } training:
                _console.Write(TrainingTable.Build(TrainingReport.From(training)));
                break;
            case PipelineTargets.Compare when state.Compare is { } compare:
                _console.Write(CompareTable.Build(compare));
                break;
            case PipelineTargets.Evaluate when state.Evaluation is { } evaluation:
                _console.Write(Evaluation.Reporting.EvaluationTable.Build(evaluation));
                ConsoleLines.Write(_console, evaluation.Decision.Explanation);
                break;
            default:
                break;
        }
    }

    /// <summary>The closing part: task table, annotation overflow note, verdict and report folder.</summary>
    public void Finish(RunReport report, IReadOnlyList<TaskRecord> records, string? reportDisplayDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        _console.Write(TaskTable.Build(records));
        _diagnostics.WriteOverflowNote();
        var (color, word) = report.Verdict switch
        {
            Verdicts.Pass => ("green", "Passed"),
            Verdicts.Fail => ("red", "Failed"),
            _ => ("red", "Error"),
        };
        var counts = $"{report.ErrorCount} error{(report.ErrorCount == 1 ? string.Empty : "s")}, {report.WarningCount} warning{(report.WarningCount == 1 ? string.Empty : "s")}";
        _console.MarkupLine($"[bold {color}]{word}[/]: {Markup.Escape(counts)} (exit code {report.ExitCode}).");
        if (reportDisplayDirectory is not null)
        {
            var evaluationFiles = report.EvaluationOutcome is null ? string.Empty : $", {Evaluation.Reporting.EvaluationArtifacts.ItemsFile}, {Evaluation.Reporting.EvaluationArtifacts.JUnitFile}";
            _console.MarkupLine($"Reports: {Markup.Escape(reportDisplayDirectory)} ({ReportWriter.JsonFile}, {ReportWriter.SummaryFile}, {ReportWriter.JUnitFile}{evaluationFiles})");
        }
    }

    /// <summary>A dry run: the plan in order and the task table with every task as "Would run".</summary>
    public void DryRun(IReadOnlyList<TaskDefinition> plan, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        _console.MarkupLine($"Dry run of [bold]{Markup.Escape(options.Target ?? string.Empty)}[/] with {Markup.Escape(options.ConfigPath)}: nothing is read, run or written.");
        for (var i = 0; i < plan.Count; i++)
        {
            var description = plan[i].Description.Length == 0 ? string.Empty : " - " + plan[i].Description;
            _console.WriteLine($"{i + 1}. {plan[i].Name}{description}");
        }

        _console.Write(TaskTable.Build([.. plan.Select(t => new TaskRecord(t.Name, TaskRunStatus.DryRun, TimeSpan.Zero))]));
    }
}
