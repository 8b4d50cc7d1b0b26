using System.ClientModel.Primitives;
using System.Globalization;

namespace FineTune.Pipeline.Evaluation.Models;

/// <summary>Reads <c>retry-after-ms</c> (OpenAI) or <c>Retry-After</c> (seconds or an HTTP date).</summary>
public static class RetryAfterHeader
{
    public static TimeSpan? Parse(PipelineResponseHeaders? headers, DateTimeOffset? now = null)
    {
        if (headers is null)
        {
            return null;
        }

        if (headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return headers.TryGetValue("Retry-After", out var value) ? Parse(value, now) : null;
    }

    public static TimeSpan? Parse(string? value, DateTimeOffset? now = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) && now is { } current)
        {
            var wait = date - current;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
