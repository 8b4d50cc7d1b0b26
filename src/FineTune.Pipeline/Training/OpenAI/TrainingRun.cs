namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// One <c>train</c> run against an OpenAI-compatible endpoint, step by step, keeping
/// <c>training-state.json</c> current after every step that creates something remotely.
/// </summary>
internal sealed class TrainingRun(
    TrainingRequest request,
    OpenAIEndpoint endpoint,
    OpenAIFineTuningApi api,
    FailureTranslator translator,
    ITrainingLog log,
    TimeProvider time,
    string? gitCommit)
{
    private readonly TrainingStateStore _store = new(request.ReportDirectory, time);
    private TrainingIdentity _identity = null!;
    private TrainingState _state = null!;
    private RemoteJob? _job;
    private bool _reused;

    public async Task PrepareAsync(CancellationToken ct)
    {
        _identity = await TrainingIdentity.ComputeAsync(request, ct);
        var saved = _store.Load();
        var sameEndpoint = saved?.BaseUrl == endpoint.Display;
        _state = new TrainingState
        {
            Provider = "openai",
            BaseUrl = endpoint.Display,
            Identity = _identity.Key,
            DatasetSha256 = _identity.DatasetSha256,
            ValidationSha256 = _identity.ValidationSha256,
            ConfigHash = _identity.ConfigHash,
            TrainingFile = sameEndpoint && saved!.TrainingFile?.Sha256 == _identity.DatasetSha256 ? saved.TrainingFile : null,
            ValidationFile = sameEndpoint && saved!.ValidationFile?.Sha256 == _identity.ValidationSha256 ? saved.ValidationFile : null,
            JobId = saved?.Matches(endpoint.Display, _identity) == true && !request.ForceNew ? saved.JobId : null,
        };
        log.Info($"Training {request.Settings.Model.Id} on {endpoint.Display} (data sha256 {_identity.DatasetSha256[..12]}, run identity {_identity.Key[..12]}).");
    }

    public async Task<RemoteJob> FindOrCreateJobAsync(Action<string> stage, CancellationToken ct)
    {
        if (!request.ForceNew && await new JobLocator(api).FindAsync(_identity, _state.JobId, ct) is { } found)
        {
            _job = found;
            Save(s => s with { JobId = found.Id, Status = found.Status, ModelId = found.FineTunedModel });
            var plan = found.Status switch { "succeeded" => "reusing its model", "failed" => "reporting its failure", _ => "following it" };
            log.Info($"Found job {found.Id} ({found.Status}) for the same data and settings: {plan} instead of creating a new job.");
            if (found.Status == "failed")
            {
                throw JobFailed(found, earlier: true);
            }

            _reused = found.Status == "succeeded";
            return found;
        }

        if (request.ForceNew)
        {
            log.Info("--force-new: creating a new job even if one exists for the same data and settings.");
        }

        var maxRetries = request.Settings.Config.OpenAI.MaxRetries;
        var uploader = new FileUploader(api, log, time, maxRetries);
        stage("uploading the training file");
        var train = await uploader.EnsureAsync(request.TrainingFile, _identity.DatasetSha256, _state.TrainingFile, ct);
        Save(s => s with { TrainingFile = train });
        UploadedFile? validation = null;
        if (request.ValidationFile is { } validationInput)
        {
            stage("uploading the validation file");
            validation = await uploader.EnsureAsync(validationInput, _identity.ValidationSha256!, _state.ValidationFile, ct);
            Save(s => s with { ValidationFile = validation });
        }

        stage("creating the job");
        var body = JobBody.Build(request, _identity, train.Id, validation?.Id, gitCommit);
        var job = await CreateOnce.RunAsync("Creating the job", () => api.CreateJobAsync(body, ct), () => new JobLocator(api).FindAsync(_identity, null, ct), maxRetries, time, log, ct);
        _job = job;
        Save(s => s with { JobId = job.Id, Status = job.Status });
        log.Info($"Created fine-tuning job {job.Id} ({job.Status}).");
        return job;
    }

    public async Task<TrainingResult> FollowAsync(RemoteJob job, CancellationToken ct)
    {
        var follower = new JobFollower(api, request.Settings.Config.OpenAI, time, log);
        if (job.IsActive)
        {
            job = await follower.FollowAsync(job, OnStatusChange, ct);
        }

        _job = job;
        Save(s => s with { Status = job.Status, ModelId = job.FineTunedModel });
        switch (job.Status)
        {
            case "failed":
                throw JobFailed(job, earlier: false);
            case "cancelled":
                throw translator.Make(TrainingFailure.JobCancelled, $"Job {job.Id} was cancelled on the endpoint. Re-run `finetune train` to start a new job.", jobId: job.Id);
            case "paused":
                throw translator.Make(
                    TrainingFailure.JobPaused,
                    $"Job {job.Id} is paused. Resume it (dashboard, or POST /v1/fine_tuning/jobs/{job.Id}/resume) and re-run `finetune train` to follow it, " +
                    "or set `openai.resume_paused: true` to let train resume it.",
                    jobId: job.Id);
        }

        var checkpoints = await TryAsync(() => api.ListCheckpointsAsync(job.Id, ct), [], "read the job's checkpoints");
        var fromFile = job.ResultFiles.Count == 0 ? [] : ResultFileCsv.Parse(await TryAsync(() => api.DownloadTextAsync(job.ResultFiles[0], ct), string.Empty, "read the job's metrics file"));
        log.Info($"Fine-tuned model: {job.FineTunedModel}{(_reused ? " (from an earlier run's job: nothing was trained or paid now)" : string.Empty)}.");
        return new TrainingResult
        {
            Provider = "openai",
            JobId = job.Id,
            ModelId = job.FineTunedModel ?? throw translator.Make(TrainingFailure.Unavailable, $"Job {job.Id} succeeded without a fine_tuned_model.", jobId: job.Id),
            BaseModel = job.Model ?? request.Settings.Model.Id,
            Status = job.Status,
            TrainedTokens = job.TrainedTokens,
            Epochs = job.Epochs,
            DurationSeconds = job.FinishedAt - job.CreatedAt,
            Reused = _reused,
            TrainingFileId = _state.TrainingFile?.Id,
            ValidationFileId = _state.ValidationFile?.Id,
            Checkpoints = checkpoints,
            LossCurve = fromFile.Count > 0 ? fromFile : follower.LossCurve,
        };
    }

    /// <summary>Leaves the remote job running (the default) or cancels it; the state file is kept either way.</summary>
    public async Task OnCancelledAsync(bool cancelRemote)
    {
        if (_job is not { IsActive: true } job)
        {
            log.Warning($"Cancelled before a job was running. What was uploaded is remembered in {_store.Path} and will be reused.");
            return;
        }

        if (!cancelRemote)
        {
            log.Warning($"Cancelled. Job {job.Id} keeps running on {endpoint.Display}; {_store.Path} remembers it, so re-running `finetune train` " +
                "follows it again (set train.cancel_remote_on_abort: true to cancel the remote job instead).");
            return;
        }

        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await api.ChangeJobAsync(job.Id, "cancel", limit.Token);
            Save(s => s with { Status = "cancelled" });
            log.Warning($"Cancelled, and cancelled the remote job {job.Id} too (train.cancel_remote_on_abort).");
        }
        catch (Exception e) when (e is OpenAIApiException or OperationCanceledException || FailureTranslator.IsTransport(e))
        {
            log.Warning($"Cancelled, but cancelling the remote job {job.Id} failed ({e.Message}); cancel it in the dashboard if it should not finish.");
        }
    }

    private Task OnStatusChange(RemoteJob job)
    {
        _job = job;
        Save(s => s with { Status = job.Status });
        return Task.CompletedTask;
    }

    private TrainingException JobFailed(RemoteJob job, bool earlier)
    {
        var error = job.Error ?? new RemoteJobError(null, "no error details were given", null);
        var location = JobErrorLocator.Locate(error, request.TrainingFile, request.ValidationFile);
        var where = location is null ? string.Empty : $" ({location.File}, line {location.Line})";
        var what = $"{error.Code ?? "error"}{(error.Param is null ? string.Empty : $" in {error.Param}")}{where}: {FailureTranslator.Sentence(error.Message ?? string.Empty)}";
        var message = earlier
            ? $"An earlier job for the same data and settings, {job.Id}, failed: {what} Change the data or settings (that makes a new job), " +
              "or re-run with --force-new to try the same data again."
            : $"Fine-tuning job {job.Id} failed: {what} Fix it (`finetune validate` checks the data before anything is uploaded) and re-run.";
        var failure = earlier ? TrainingFailure.EarlierJobFailed : TrainingFailure.JobFailed;
        return translator.Make(failure, message, code: error.Code, jobId: job.Id, location: location);
    }

    private async Task<T> TryAsync<T>(Func<Task<T>> call, T fallback, string what)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is OpenAIApiException || FailureTranslator.IsTransport(e))
        {
            log.Warning($"Could not {what} ({e.Message}); the report will lack it.");
            return fallback;
        }
    }

    private void Save(Func<TrainingState, TrainingState> change) => _state = _store.Save(change(_state));
}
