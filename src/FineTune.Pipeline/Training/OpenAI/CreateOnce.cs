namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// Runs a call that creates something billable or visible (an upload, a job) so that it happens at
/// most once: when the call fails in a way that leaves its outcome unknown (network error, timeout,
/// 5xx), it first looks for what the call would have created, and only tries again when nothing is there.
/// </summary>
internal static class CreateOnce
{
    public static async Task<T> RunAsync<T>(
        string what,
        Func<Task<T>> create,
        Func<Task<T?>> findExisting,
        int maxRetries,
        TimeProvider time,
        ITrainingLog log,
        CancellationToken ct)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await create();
            }
            catch (Exception e) when (attempt <= maxRetries && IsUnknownOutcome(e) && !ct.IsCancellationRequested)
            {
                log.Warning($"{what} failed ({e.Message}); checking whether it went through anyway before trying again ({attempt} of {maxRetries}).");
                if (await findExisting() is { } existing)
                {
                    log.Info($"{what}: it had gone through; using the result.");
                    return existing;
                }

                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 0.8 * Math.Pow(2, attempt - 1))), time, ct);
            }
        }
    }

    private static bool IsUnknownOutcome(Exception e) => FailureTranslator.IsTransport(e) || e is OpenAIApiException { Status: 408 or >= 500 };
}
