using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// <c>train.provider: openai</c>. Uploads the data (once per content), creates the job (once per
/// identity: an earlier job with the same data and settings is resumed, or its model reused),
/// follows it to the end and returns the model. <c>training-state.json</c> is rewritten after each
/// step that creates something, so a run killed at any point and started again creates no second
/// job and uploads no second file.
/// </summary>
public sealed class OpenAITrainer(ITrainingLog log, TimeProvider? time = null, Func<string, string?>? environment = null) : ITrainer
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Func<string, string?> _environment = environment ?? Environment.GetEnvironmentVariable;

    public string Provider => "openai";

    public async Task<TrainingResult> TrainAsync(TrainingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = request.Settings;
        if (settings.Config.Data.Format != DataFormat.Chat)
        {
            throw new TrainingException(
                TrainingFailure.InvalidRequest,
                $"train sends supervised jobs (chat data) in this version; `data.format: {settings.Config.Data.Format.ToString().ToLowerInvariant()}` " +
                "is validated and costed but not trained yet. Nothing was uploaded.");
        }

        var config = settings.Config.OpenAI;
        var endpoint = OpenAIEndpoint.Resolve(config, _environment);
        var scrubber = new SecretScrubber(endpoint.ApiKey);
        var safeLog = new ScrubbingTrainingLog(log, scrubber);
        var api = new OpenAIFineTuningApi(endpoint, config, _time, safeLog.Warning);
        var translator = new FailureTranslator(endpoint, config, settings.Model.Id, scrubber);
        var gitCommit = request.GitCommit ?? _environment("GITHUB_SHA");
        var run = new TrainingRun(request, endpoint, api, translator, safeLog, _time, gitCommit);
        var stage = "computing the data hashes";
        try
        {
            await run.PrepareAsync(cancellationToken);
            stage = "checking the base model";
            var warning = await new ShutdownCheck(api, _time, safeLog).CheckAsync(settings.Model, ConfigFile(settings), cancellationToken);
            stage = "looking for an earlier job with the same identity";
            var job = await run.FindOrCreateJobAsync(s => stage = s, cancellationToken);
            stage = "following the job";
            var result = await run.FollowAsync(job, cancellationToken);
            return result with { Diagnostics = warning is null ? [] : [warning] };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await run.OnCancelledAsync(request.CancelRemoteOnAbort ?? settings.Config.Train.CancelRemoteOnAbort);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw translator.Translate(e, stage);
        }
    }

    private static string ConfigFile(PipelineSettings settings) =>
        settings.Config.SourcePath is { } path ? Path.GetRelativePath(settings.Config.BaseDirectory, path) : "finetune.yaml";
}
