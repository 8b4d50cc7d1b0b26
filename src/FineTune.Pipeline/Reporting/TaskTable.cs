using FineTune.Pipeline.Runner;
using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>Cake's closing summary: one row per planned task (Task / Duration / Status) and a total.</summary>
public static class TaskTable
{
    public static Table Build(IReadOnlyList<TaskRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var table = new Table()
            .Border(TableBorder.Simple)
            .AddColumn("Task")
            .AddColumn(new TableColumn("Duration").RightAligned())
            .AddColumn("Status");

        foreach (var record in records)
        {
            table.AddRow(
                new Text(record.Name),
                new Text(record.Status is TaskRunStatus.Skipped or TaskRunStatus.DryRun ? "-" : Durations.Format(record.Duration)),
                Status(record.Status));
        }

        var total = records.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration);
        table.AddEmptyRow();
        var ran = records.Any(r => r.Status is not (TaskRunStatus.Skipped or TaskRunStatus.DryRun));
        table.AddRow(new Text("Total"), new Text(ran ? Durations.Format(total) : "-"), new Text(string.Empty));
        return table;
    }

    private static Markup Status(TaskRunStatus status)
        => new($"[{TaskStatusText.Color(status)}]{Markup.Escape(TaskStatusText.Label(status))}[/]");
}
