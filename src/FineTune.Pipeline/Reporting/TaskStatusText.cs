using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Reporting;

/// <summary>How a task status reads in tables, and its colour on a terminal.</summary>
public static class TaskStatusText
{
    public static string Label(TaskRunStatus status) => status switch
    {
        TaskRunStatus.Succeeded => "Succeeded",
        TaskRunStatus.Failed => "Failed",
        TaskRunStatus.Error => "Error",
        TaskRunStatus.Cancelled => "Cancelled",
        TaskRunStatus.Skipped => "Skipped",
        _ => "Would run",
    };

    public static string Color(TaskRunStatus status) => status switch
    {
        TaskRunStatus.Succeeded => "green",
        TaskRunStatus.Failed or TaskRunStatus.Error => "red",
        TaskRunStatus.Cancelled => "yellow",
        TaskRunStatus.Skipped => "grey",
        _ => "blue",
    };
}
