using System.ClientModel.Primitives;
using System.Globalization;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// The SDK's retry policy with three fixes: <c>Retry-After</c> is capped (a 114-hour value hung a
/// client: openai-dotnet#404), a 429 <c>insufficient_quota</c> is not retried (waiting does not add
/// credit), and the first retry waits too. Delays run on the injected <see cref="TimeProvider"/>,
/// and each retry is reported, so a rate-limit storm is visible in the log. Creating a file or a job
/// is retried only on a rate limit, where the server surely did nothing: after a network error or a
/// 5xx it may have created it, and <see cref="CreateOnce"/> looks before trying again.
/// </summary>
internal sealed class CappedRetryPolicy(int maxRetries, TimeSpan cap, TimeProvider clock, Action<string> report)
    : ClientRetryPolicy(maxRetries)
{
    private static readonly TimeSpan InitialDelay = TimeSpan.FromSeconds(0.8);

    public int MaxRetries { get; } = maxRetries;

    protected override bool ShouldRetry(PipelineMessage message, Exception? exception)
    {
        var retries = message.TryGetProperty(typeof(CappedRetryPolicy), out var count) ? (int)count! : 0;
        if (message.CancellationToken.IsCancellationRequested || retries >= MaxRetries || !IsTransient(message.Response, exception)
            || (IsCreate(message.Request) && message.Response?.Status != 429))
        {
            return false;
        }

        message.SetProperty(typeof(CappedRetryPolicy), retries + 1);
        return true;
    }

    /// <summary><c>POST /files</c> and <c>POST /fine_tuning/jobs</c>: calls that must not run twice.</summary>
    private static bool IsCreate(PipelineRequest request) => request.Method == "POST" && request.Uri is { } uri
        && (uri.AbsolutePath.EndsWith("/files", StringComparison.Ordinal) || uri.AbsolutePath.EndsWith("/fine_tuning/jobs", StringComparison.Ordinal));

    /// <summary>Network errors, timeouts, 408, 429 (but not <c>insufficient_quota</c>) and 500/502/503/504.</summary>
    private static bool IsTransient(PipelineResponse? response, Exception? exception)
    {
        if (exception is not null)
        {
            return true;
        }

        if (response is null || !(response.Status is 408 or 429 or 500 or 502 or 503 or 504))
        {
            return false;
        }

        return !(response.Status == 429 && response.Content.ToString().Contains("insufficient_quota", StringComparison.Ordinal));
    }

    protected override ValueTask<bool> ShouldRetryAsync(PipelineMessage message, Exception? exception) => new(ShouldRetry(message, exception));

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount)
    {
        var retry = message.TryGetProperty(typeof(CappedRetryPolicy), out var count) ? (int)count! : 1;
        var backoff = InitialDelay * Math.Pow(2, Math.Min(retry - 1, 16));
        var asked = message.Response is { } response ? RetryAfter(response) : null;
        var delay = asked ?? backoff;
        var capped = delay > cap ? cap : delay;
        var what = message.Response is { } r ? $"answered {r.Status}" : "failed to answer (network error or timeout)";
        var askedText = asked is { } a && a > cap ? $" (it asked for {Seconds(a)}; capped by openai.max_retry_after_seconds)" : string.Empty;
        report($"{message.Request.Method} {message.Request.Uri?.AbsolutePath} {what}; retry {retry} of {MaxRetries} in {Seconds(capped)}{askedText}.");
        return capped;
    }

    protected override Task WaitAsync(TimeSpan time, CancellationToken cancellationToken) => Task.Delay(time, clock, cancellationToken);

    protected override void Wait(TimeSpan time, CancellationToken cancellationToken) => WaitAsync(time, cancellationToken).GetAwaiter().GetResult();

    /// <summary><c>retry-after-ms</c> (OpenAI's) or <c>Retry-After</c> in seconds or as an HTTP date.</summary>
    private TimeSpan? RetryAfter(PipelineResponse response)
    {
        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis))
        {
            return TimeSpan.FromMilliseconds(Math.Max(0, millis));
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date - clock.GetUtcNow() is { } left && left > TimeSpan.Zero ? left : TimeSpan.Zero
            : null;
    }

    private static string Seconds(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s");
}
