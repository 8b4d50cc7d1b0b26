namespace FineTune.Pipeline.Evaluation.Models;

/// <summary>
/// A request to a chat model failed. <see cref="StatusCode"/> is the HTTP status (null for network
/// failures and timeouts); <see cref="RetryAfter"/> is the server's Retry-After, when it sent one.
/// The message never contains the API key.
/// </summary>
public sealed class ChatModelException : Exception
{
    public ChatModelException()
    {
    }

    public ChatModelException(string message)
        : base(message)
    {
    }

    public ChatModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ChatModelException(string message, int? statusCode, bool isTransient, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    public int? StatusCode { get; }

    /// <summary>429, 5xx, timeouts and connection failures: a retry may succeed.</summary>
    public bool IsTransient { get; }

    public bool IsRateLimit => StatusCode == 429;

    public TimeSpan? RetryAfter { get; }
}
