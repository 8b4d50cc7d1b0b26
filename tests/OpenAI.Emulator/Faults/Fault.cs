namespace OpenAI.Emulator;

/// <summary>What an injected fault does to a request. Create with the factory methods.</summary>
public sealed record Fault(FaultKind Kind, int Status, TimeSpan? Delay, string? Message)
{
    /// <summary>429 <c>rate_limit_exceeded</c>; <paramref name="retryAfter"/> goes in <c>Retry-After</c> (whole seconds).</summary>
    public static Fault RateLimit(TimeSpan? retryAfter = null) => new(FaultKind.RateLimit, 429, retryAfter, null);

    public static Fault InsufficientQuota() => new(FaultKind.InsufficientQuota, 429, null, null);

    public static Fault ServerError(int status = 500) => new(FaultKind.ServerError, status, null, null);

    /// <summary>403 with the API's wording for an organisation that may not create fine-tuning jobs.</summary>
    public static Fault Forbidden(string? message = null) => new(FaultKind.Forbidden, 403, null, message);

    /// <summary>400 <c>invalid_request_error</c> with <paramref name="message"/>.</summary>
    public static Fault BadRequest(string message) => new(FaultKind.BadRequest, 400, null, message);

    public static Fault Unauthorized() => new(FaultKind.Unauthorized, 401, null, null);

    /// <summary>Waits <paramref name="delay"/> of real time before answering normally.</summary>
    public static Fault Slow(TimeSpan delay) => new(FaultKind.Slow, 200, delay, null);

    public static Fault Drop() => new(FaultKind.Drop, 0, null, null);

    /// <summary>Processes the request, then drops the connection: the client cannot know it succeeded.</summary>
    public static Fault LoseResponse() => new(FaultKind.LoseResponse, 0, null, null);
}
