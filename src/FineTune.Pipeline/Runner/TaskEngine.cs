using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Runner;

/// <summary>
/// Runs a plan in order (Cake's <c>CakeEngine</c>): the first task that does not succeed stops the
/// run and every later task is recorded as skipped, so the summary table always lists the whole
/// plan. A dry run walks the same plan without calling any action.
/// </summary>
public sealed class TaskEngine
{
    private readonly TimeProvider _time;

    public TaskEngine(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Called after each task with its record (for progress output).</summary>
    public event Action<TaskRecord>? TaskFinished;

    public async Task<TaskRunResult> RunAsync(IReadOnlyList<TaskDefinition> plan, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var records = new List<TaskRecord>(plan.Count);
        var exitCode = ExitCodes.Success;
        Diagnostic? error = null;

        foreach (var task in plan)
        {
            if (dryRun)
            {
                records.Add(new TaskRecord(task.Name, TaskRunStatus.DryRun, TimeSpan.Zero));
                continue;
            }

            if (exitCode != ExitCodes.Success)
            {
                records.Add(new TaskRecord(task.Name, TaskRunStatus.Skipped, TimeSpan.Zero));
                continue;
            }

            var started = _time.GetTimestamp();
            TaskRunStatus status;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = task.Action is null ? TaskOutcome.Succeeded : await task.Action(cancellationToken).ConfigureAwait(false);
                status = outcome == TaskOutcome.Succeeded ? TaskRunStatus.Succeeded : TaskRunStatus.Failed;
                exitCode = outcome == TaskOutcome.Succeeded ? ExitCodes.Success : ExitCodes.GateFailed;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                status = TaskRunStatus.Cancelled;
                exitCode = ExitCodes.External;
                error = new Diagnostic(Severity.Error, RunnerCodes.Cancelled, null, 0, 0, $"Cancelled during task '{task.Name}'.");
            }
            catch (PipelineException ex)
            {
                status = TaskRunStatus.Error;
                exitCode = ex.ExitCode;
                error = ex.Diagnostic;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                status = TaskRunStatus.Error;
                exitCode = ExitCodes.External;
                error = new Diagnostic(Severity.Error, RunnerCodes.Internal, null, 0, 0,
                    $"Task '{task.Name}' failed unexpectedly: {ex.GetType().Name}: {ex.Message}");
                UnexpectedException = ex;
            }

            var record = new TaskRecord(task.Name, status, _time.GetElapsedTime(started));
            records.Add(record);
            TaskFinished?.Invoke(record);
        }

        return new TaskRunResult(records, exitCode, error);
    }

    /// <summary>The exception behind an internal error, kept for <c>--verbose</c> output.</summary>
    public Exception? UnexpectedException { get; private set; }
}
