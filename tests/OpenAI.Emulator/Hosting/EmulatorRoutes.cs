namespace OpenAI.Emulator;

/// <summary>The routes the emulator serves, spelled "METHOD template": keys for fault injection and the request log.</summary>
public static class EmulatorRoutes
{
    public const string UploadFile = "POST /v1/files";
    public const string ListFiles = "GET /v1/files";
    public const string GetFile = "GET /v1/files/{file_id}";
    public const string GetFileContent = "GET /v1/files/{file_id}/content";
    public const string DeleteFile = "DELETE /v1/files/{file_id}";
    public const string CreateJob = "POST /v1/fine_tuning/jobs";
    public const string ListJobs = "GET /v1/fine_tuning/jobs";
    public const string GetJob = "GET /v1/fine_tuning/jobs/{fine_tuning_job_id}";
    public const string ListEvents = "GET /v1/fine_tuning/jobs/{fine_tuning_job_id}/events";
    public const string ListCheckpoints = "GET /v1/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints";
    public const string CancelJob = "POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel";
    public const string PauseJob = "POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/pause";
    public const string ResumeJob = "POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/resume";
    public const string ListModels = "GET /v1/models";
    public const string GetModel = "GET /v1/models/{model}";
    public const string ChatCompletions = "POST /v1/chat/completions";

    /// <summary>The path template of a route key (<c>"/v1/files/{file_id}"</c>).</summary>
    public static string Template(string route) => route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    public static string Method(string route) => route[..route.IndexOf(' ', StringComparison.Ordinal)];
}
