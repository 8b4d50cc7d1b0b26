// OpenAI.FineTuning is [Experimental("OPENAI001")] in OpenAI 2.15; this class is its only user.
#pragma warning disable OPENAI001

using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using System.Text.Json.Nodes;
using FineTune.Pipeline.Config;
using global::OpenAI;
using global::OpenAI.Files;
using global::OpenAI.FineTuning;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// The calls training makes, through the official SDK: its pipeline (key, endpoint, retry policy,
/// network timeout) for every call, its typed clients where they cover the call (files, job create
/// and retrieve) and raw requests on the same pipeline where they do not (metadata filter, events,
/// checkpoints, cancel, pause, resume, models). Errors come out as <see cref="OpenAIApiException"/>.
/// </summary>
internal sealed partial class OpenAIFineTuningApi
{
    private readonly ClientPipeline _pipeline;
    private readonly OpenAIFileClient _files;
    private readonly FineTuningClient _fineTuning;
    private readonly string _baseUrl;

    public OpenAIFineTuningApi(OpenAIEndpoint endpoint, OpenAIConfig config, TimeProvider time, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(config);
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint.BaseUrl,
            RetryPolicy = new CappedRetryPolicy(config.MaxRetries, TimeSpan.FromSeconds(config.MaxRetryAfterSeconds), time, warn),
            NetworkTimeout = TimeSpan.FromSeconds(config.RequestTimeoutSeconds),
            UserAgentApplicationId = "finetune",
        };
        var client = new OpenAIClient(new ApiKeyCredential(endpoint.ApiKey), options);
        _pipeline = client.Pipeline;
        _files = client.GetOpenAIFileClient();
        _fineTuning = client.GetFineTuningClient();
        _baseUrl = endpoint.BaseUrl.AbsoluteUri.TrimEnd('/');
    }

    public Task<RemoteJob> CreateJobAsync(JsonObject body, CancellationToken ct) => CallAsync("POST /fine_tuning/jobs", async () =>
    {
        using var content = BinaryContent.Create(BinaryData.FromString(body.ToJsonString()));
        var operation = await _fineTuning.FineTuneAsync(content, waitUntilCompleted: false, Options(ct));
        return RemoteJob.Parse(Json.Parse(operation.GetRawResponse().Content));
    });

    /// <summary>The job, or null when the endpoint does not know it (404).</summary>
    public Task<RemoteJob?> GetJobAsync(string jobId, CancellationToken ct) => OrNullAsync(CallAsync($"GET /fine_tuning/jobs/{jobId}", async () =>
    {
        var job = await _fineTuning.GetJobAsync(jobId, ct);
        return RemoteJob.Parse(Json.Parse(job.GetRawResponse().Content));
    }));

    /// <summary>Jobs whose metadata holds every pair of <paramref name="metadata"/>, newest first (filtered here too, for servers that ignore the filter).</summary>
    public async Task<IReadOnlyList<RemoteJob>> ListJobsAsync(IReadOnlyDictionary<string, string> metadata, int maxPages, CancellationToken ct)
    {
        var filter = string.Concat(metadata.Select(p => $"&metadata[{Uri.EscapeDataString(p.Key)}]={Uri.EscapeDataString(p.Value)}"));
        var jobs = new List<RemoteJob>();
        string? after = null;
        for (var page = 0; page < maxPages; page++)
        {
            var cursor = after is null ? string.Empty : $"&after={Uri.EscapeDataString(after)}";
            JsonElement body;
            try
            {
                body = await SendAsync("GET", $"/fine_tuning/jobs?limit=100{filter}{cursor}", null, ct);
            }
            catch (OpenAIApiException e) when (e.Status == 400 && filter.Length > 0)
            {
                // A server that rejects the metadata filter: list everything and filter here.
                filter = string.Empty;
                body = await SendAsync("GET", $"/fine_tuning/jobs?limit=100{cursor}", null, ct);
            }

            var batch = body.Items().Select(RemoteJob.Parse).ToList();
            jobs.AddRange(batch.Where(j => metadata.All(p => j.Metadata.GetValueOrDefault(p.Key) == p.Value)));
            if (batch.Count == 0 || body.TryGetProperty("has_more", out var more) is false || more.ValueKind != JsonValueKind.True)
            {
                break;
            }

            after = batch[^1].Id;
        }

        return jobs;
    }

    /// <summary>The latest events, oldest first.</summary>
    public async Task<IReadOnlyList<RemoteEvent>> ListEventsAsync(string jobId, int limit, CancellationToken ct)
    {
        var body = await SendAsync("GET", $"/fine_tuning/jobs/{jobId}/events?limit={limit}", null, ct);
        return [.. body.Items().Select(RemoteEvent.Parse).Reverse()];
    }

    /// <summary>The job's checkpoints, by step.</summary>
    public async Task<IReadOnlyList<TrainingCheckpoint>> ListCheckpointsAsync(string jobId, CancellationToken ct)
    {
        var body = await SendAsync("GET", $"/fine_tuning/jobs/{jobId}/checkpoints?limit=100", null, ct);
        return [.. body.Items().Select(RemoteCheckpoint.Parse).OrderBy(c => c.Step)];
    }

    /// <summary><c>cancel</c>, <c>pause</c> or <c>resume</c>.</summary>
    public async Task<RemoteJob> ChangeJobAsync(string jobId, string action, CancellationToken ct) =>
        RemoteJob.Parse(await SendAsync("POST", $"/fine_tuning/jobs/{jobId}/{action}", new JsonObject(), ct));

    /// <summary>The model's announced shutdown date; null when none is announced or the endpoint does not list it.</summary>
    public async Task<(bool Found, DateOnly? ShutdownDate)> GetModelAsync(string model, CancellationToken ct)
    {
        try
        {
            var body = await SendAsync("GET", $"/models/{Uri.EscapeDataString(model)}", null, ct);
            return (true, body.Date("shutdown_date"));
        }
        catch (OpenAIApiException e) when (e.Status == 404)
        {
            return (false, null);
        }
    }
}
