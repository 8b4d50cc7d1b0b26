namespace OpenAI.Emulator;

public enum FaultKind
{
    /// <summary>429 <c>rate_limit_exceeded</c> with a <c>Retry-After</c> header.</summary>
    RateLimit,

    /// <summary>429 <c>insufficient_quota</c>: retrying does not help.</summary>
    InsufficientQuota,

    /// <summary>A 5xx <c>server_error</c>.</summary>
    ServerError,

    /// <summary>400 <c>invalid_request_error</c>, e.g. a server that does not support a parameter.</summary>
    BadRequest,

    /// <summary>403: the organisation may not use this route (e.g. fine-tuning wound down).</summary>
    Forbidden,

    /// <summary>401 <c>invalid_api_key</c>.</summary>
    Unauthorized,

    /// <summary>The response is delayed (real time), then served normally.</summary>
    Slow,

    /// <summary>The connection is closed without a response; the request is not processed.</summary>
    Drop,

    /// <summary>The request is processed (a job or file is created), then the connection is closed before the response.</summary>
    LoseResponse,
}
