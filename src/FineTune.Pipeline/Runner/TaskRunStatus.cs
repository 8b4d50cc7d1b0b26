namespace FineTune.Pipeline.Runner;

/// <summary>The status of a task in the run's summary table and in report.json (<c>tasks[].status</c>).</summary>
public enum TaskRunStatus
{
    /// <summary>Ran and passed.</summary>
    Succeeded,

    /// <summary>Ran and its gate failed.</summary>
    Failed,

    /// <summary>Could not finish: bad configuration, an external failure or a bug.</summary>
    Error,

    /// <summary>Stopped by cancellation (Ctrl+C).</summary>
    Cancelled,

    /// <summary>Not run because an earlier task did not succeed.</summary>
    Skipped,

    /// <summary>Dry run: would run.</summary>
    DryRun,
}
