using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Reporting;

/// <summary>One entry of <c>tasks[]</c> in report.json.</summary>
public sealed record TaskReport(string Name, TaskRunStatus Status, long DurationMs)
{
    public static TaskReport From(TaskRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Name, record.Status, (long)Math.Round(record.Duration.TotalMilliseconds));
    }
}
