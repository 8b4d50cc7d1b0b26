using FineTune.Pipeline.Data;
using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Reporting;

/// <summary>Builds the <see cref="RunReport"/> of a run from its state and task records, with report-relative paths.</summary>
public static class RunReportBuilder
{
    public static RunReport Build(PipelineState state, string target, IReadOnlyList<TaskRecord> records, int exitCode, PathMapper paths, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(time);

        var all = state.AllDiagnostics()
            .Select(p => (p.Task, Diagnostic: p.Diagnostic with { File = paths.ForReport(p.Diagnostic.File) }))
            .ToList();
        var compare = state.Compare;
        return new RunReport
        {
            Verdict = Verdicts.FromExitCode(exitCode),
            ExitCode = exitCode,
            Target = target,
            ToolVersion = ToolInfo.Version,
            Config = paths.Display(state.ConfigPath),
            GeneratedAt = time.GetUtcNow(),
            Tasks = [.. records.Select(TaskReport.From)],
            Datasets = new DatasetsReport(Map(state.Validation?.Train, paths), Map(state.Validation?.Eval, paths)),
            Cost = state.Cost,
            Generation = state.Generation,
            Training = state.Training is { } training ? TrainingReport.From(training) : null,
            EvaluationOutcome = state.Evaluation,
            Diagnostics = [.. all.Select(p => p.Diagnostic)],
            DiagnosticsByTask = all.GroupBy(p => p.Task).ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostics.Diagnostic>)[.. g.Select(p => p.Diagnostic)]),
            Compare = compare is null ? null : compare with
            {
                Train = compare.Train with { Path = paths.ForReport(compare.Train.Path)! },
                Eval = compare.Eval is null ? null : compare.Eval with { Path = paths.ForReport(compare.Eval.Path)! },
            },
        };
    }

    private static DatasetSummary? Map(DatasetSummary? summary, PathMapper paths)
        => summary is null || summary.FromSplit ? summary : summary with { Path = paths.ForReport(summary.Path)! };
}
