using System.ClientModel;
using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// Turns what went wrong into a <see cref="TrainingException"/> whose message says what happened and
/// what to do. Every message goes through the <see cref="SecretScrubber"/>; a 401's server text is
/// never repeated (OpenAI echoes part of the key in it).
/// </summary>
internal sealed class FailureTranslator(OpenAIEndpoint endpoint, OpenAIConfig config, string baseModel, SecretScrubber scrubber)
{
    /// <summary>OpenAI's wind-down, in the words a user needs when job creation is refused.</summary>
    public const string WindDown =
        "OpenAI is winding down self-serve fine-tuning: since 2026-05-07 organisations that never fine-tuned cannot create jobs, " +
        "since 2026-07-02 neither can organisations without fine-tuned-model inference in the past 60 days, and from 2027-01-06 nobody can. " +
        "To keep training, set `train.provider: lora` (self-hosted LoRA, no OpenAI account needed), or point `openai.base_url` " +
        "at another OpenAI-compatible endpoint that still offers fine-tuning (e.g. Azure OpenAI's v1 API).";

    public TrainingException Translate(Exception exception, string stage) => exception switch
    {
        TrainingException training => training,
        OpenAIApiException api => FromApi(api, stage),
        _ when IsTransport(exception) => Make(
            TrainingFailure.Unavailable,
            $"Could not reach {endpoint.Display} while {stage}: {Reason(exception)} (after {Retries}). " +
            "Check the network and openai.base_url; re-running `finetune train` resumes where this run stopped."),
        _ => Make(TrainingFailure.Unavailable, $"Unexpected failure while {stage}: {exception.GetType().Name}: {exception.Message}"),
    };

    private string Retries => config.MaxRetries == 1 ? "1 retry" : $"{config.MaxRetries} retries";

    public TrainingException Make(TrainingFailure failure, string message, int? status = null, string? code = null, string? jobId = null, Diagnostics.Diagnostic? location = null) =>
        new(failure, scrubber.Scrub(message)) { HttpStatus = status, ApiCode = code, JobId = jobId, Location = location };

    /// <summary>The text, ending with one full stop (or the <c>!</c>/<c>?</c> it already has).</summary>
    public static string Sentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        return text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    public static bool IsTransport(Exception e) => e is ClientResultException { Status: 0 } or HttpRequestException or IOException
        or TimeoutException or AggregateException or (TaskCanceledException and not { CancellationToken.IsCancellationRequested: true });

    private TrainingException FromApi(OpenAIApiException e, string stage)
    {
        var said = $"{e.Status} {e.Code ?? e.Type}".TrimEnd();
        var text = e.ApiMessage.Length > 0 ? $": {Sentence(e.ApiMessage)}" : ".";
        return e switch
        {
            { Status: 401 } => Make(
                TrainingFailure.InvalidApiKey,
                $"{endpoint.Display} rejected the API key from ${endpoint.ApiKeyEnv} ({said}) while {stage}. Check that the variable holds a " +
                "current key for this endpoint (OpenAI, Azure OpenAI or a local server). The key is never printed.",
                e.Status,
                e.Code),
            { Status: 403, Operation: "POST /fine_tuning/jobs" } => Make(
                TrainingFailure.NotEligible,
                $"{endpoint.Display} refused to create the fine-tuning job ({said}){text} {WindDown}",
                e.Status,
                e.Code),
            { Status: 403 } => Make(
                TrainingFailure.PermissionDenied,
                $"{endpoint.Display} refused {e.Operation} ({said}){text} A restricted key needs write access to Files and Fine-tuning.",
                e.Status,
                e.Code),
            { Status: 429 } when e.Code == "insufficient_quota" || e.Type == "insufficient_quota" => Make(
                TrainingFailure.InsufficientQuota,
                $"{endpoint.Display} reports insufficient quota while {stage} ({said}){text} Retrying does not help: add credit or raise the " +
                "usage limit of the organisation or project, then re-run.",
                e.Status,
                e.Code),
            { Status: 429 } => Make(
                TrainingFailure.RateLimited,
                $"Still rate limited by {endpoint.Display} after {Retries} while {stage} ({said}). Wait and re-run " +
                "(the run resumes), or raise openai.max_retries / openai.max_retry_after_seconds.",
                e.Status,
                e.Code),
            _ when e.Param == "model" || e.Code is "model_not_found" or "model_not_available" => Make(
                TrainingFailure.UnknownModel,
                $"The base model '{baseModel}' is not available for fine-tuning at {endpoint.Display} ({said}){text} " +
                "Check train.base_model (e.g. gpt-4o-mini-2024-07-18, gpt-4.1-mini-2025-04-14), or train locally with `train.provider: lora`.",
                e.Status,
                e.Code),
            { Status: >= 500 } or { Status: 408 } => Make(
                TrainingFailure.Unavailable,
                $"{endpoint.Display} kept failing while {stage} ({said} after {Retries}){text} Re-run later; the run resumes.",
                e.Status,
                e.Code),
            _ => Make(
                TrainingFailure.InvalidRequest,
                $"{endpoint.Display} rejected {e.Operation} ({said}{(e.Param is null ? string.Empty : $", parameter {e.Param}")}){text}",
                e.Status,
                e.Code),
        };
    }

    private static string Reason(Exception e) => e switch
    {
        AggregateException aggregate => Reason(aggregate.InnerExceptions[^1]),
        TaskCanceledException or TimeoutException => $"no answer within openai.request_timeout_seconds",
        ClientResultException { InnerException: { } inner } => Reason(inner),
        _ => e.Message.TrimEnd('.'),
    };
}
