using System.Globalization;
using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// Follows a job to its end with its own polling loop (not the SDK's, which polls every second
/// forever on a paused job): every <c>openai.poll_interval_seconds</c> it reads the job and its latest
/// events, logs the new ones, reports progress and keeps the state file current. Unknown statuses
/// are followed with a warning; <c>paused</c> stops the run (or is resumed with
/// <c>openai.resume_paused</c>); polls that fail transiently are retried at the next interval.
/// </summary>
internal sealed class JobFollower(OpenAIFineTuningApi api, OpenAIConfig config, TimeProvider time, ITrainingLog log)
{
    private const int MaxFailedPolls = 10;
    private static readonly HashSet<string> KnownStatuses = ["validating_files", "queued", "running", "pausing", "paused", "succeeded", "failed", "cancelled"];

    private readonly HashSet<string> _seenEvents = [];
    private readonly SortedDictionary<int, LossPoint> _loss = [];
    private int _step;
    private int? _totalSteps;
    private double? _trainLoss;
    private int _lastLoggedDecile = -1;

    /// <summary>Loss points seen in metrics events, by step.</summary>
    public IReadOnlyList<LossPoint> LossCurve => [.. _loss.Values];

    /// <summary>Polls until the job has ended, or is paused (without <c>openai.resume_paused</c>); returns the job as last seen.</summary>
    public async Task<RemoteJob> FollowAsync(RemoteJob job, Func<RemoteJob, Task> onStatusChange, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var timeout = TimeSpan.FromMinutes(config.JobTimeoutMinutes);
        var interval = TimeSpan.FromSeconds(config.PollIntervalSeconds);
        var lastStatus = job.Status;
        var failedPolls = 0;
        while (true)
        {
            try
            {
                job = await api.GetJobAsync(job.Id, ct)
                    ?? throw new TrainingException(TrainingFailure.Unavailable, $"Job {job.Id} no longer exists on the endpoint. Re-run `finetune train` to create a new one.") { JobId = job.Id };
                Report(await api.ListEventsAsync(job.Id, 100, ct));
                failedPolls = 0;
            }
            catch (Exception e) when (IsTransient(e) && ++failedPolls < MaxFailedPolls && !ct.IsCancellationRequested)
            {
                log.Warning($"Polling job {job.Id} failed ({failedPolls} of {MaxFailedPolls} in a row allowed): {e.Message}. Trying again at the next poll.");
            }

            if (job.Status != lastStatus)
            {
                log.Info($"Job {job.Id}: {lastStatus} -> {job.Status}.");
                lastStatus = job.Status;
                await onStatusChange(job);
                if (!KnownStatuses.Contains(job.Status))
                {
                    log.Warning($"Job {job.Id} reports the status '{job.Status}', which this version does not know; still following it.");
                }
            }

            if (!job.IsActive)
            {
                return job;
            }

            if (job.Status == "paused")
            {
                if (!config.ResumePaused)
                {
                    return job;
                }

                log.Warning($"Job {job.Id} is paused; resuming it (openai.resume_paused).");
                job = await api.ChangeJobAsync(job.Id, "resume", ct);
            }

            log.Progress(new TrainingProgress(job.Status, _step, _totalSteps, _trainLoss));
            if (time.GetElapsedTime(started) >= timeout)
            {
                throw new TrainingException(
                    TrainingFailure.Timeout,
                    string.Create(CultureInfo.InvariantCulture, $"Job {job.Id} is still {job.Status} after {config.JobTimeoutMinutes:0.#} minutes (openai.job_timeout_minutes). ") +
                    "It keeps running remotely and the state file remembers it: re-run `finetune train` to follow it again.")
                { JobId = job.Id };
            }

            await Task.Delay(interval, time, ct);
        }
    }

    private void Report(IReadOnlyList<RemoteEvent> events)
    {
        foreach (var e in events.Where(e => _seenEvents.Add(e.Id)))
        {
            if (e.Step is { } step && e.TrainLoss is { } loss)
            {
                _loss[step] = new LossPoint(step, loss, e.ValidLoss);
                (_step, _trainLoss, _totalSteps) = (Math.Max(_step, step), loss, e.TotalSteps ?? _totalSteps);
                var decile = _totalSteps is > 0 ? _step * 10 / _totalSteps.Value : -1;
                if (decile > _lastLoggedDecile || decile < 0)
                {
                    _lastLoggedDecile = decile;
                    log.Info($"  {e.Message}");
                }

                continue;
            }

            if (e.Level is "warn" or "error")
            {
                log.Warning($"  {e.Message}");
            }
            else
            {
                log.Info($"  {e.Message}");
            }
        }
    }

    private static bool IsTransient(Exception e) =>
        FailureTranslator.IsTransport(e) || e is OpenAIApiException { Status: 408 or 429 or >= 500 } and not OpenAIApiException { Code: "insufficient_quota" };
}
