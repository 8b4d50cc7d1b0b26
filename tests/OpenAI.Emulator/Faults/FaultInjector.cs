using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OpenAI.Emulator;

/// <summary>Per-route fault injection: rules are tried in the order they were added; the first that hits wins.</summary>
public sealed class FaultInjector
{
    private readonly ConcurrentQueue<FaultRule> _rules = new();

    /// <summary>Faults requests to <paramref name="route"/> (see <see cref="EmulatorRoutes"/>; <c>"*"</c>: all).</summary>
    public FaultRule Inject(string route, Fault fault, int? times = null, int skip = 0)
    {
        var rule = new FaultRule { Route = route, Fault = fault, Times = times, Skip = skip };
        _rules.Enqueue(rule);
        return rule;
    }

    /// <summary>Removes every rule.</summary>
    public void Clear() => _rules.Clear();

    /// <summary>Applies the first matching fault and says what is left to do with the request.</summary>
    internal async Task<FaultOutcome> ApplyAsync(HttpContext context, string route)
    {
        var rule = _rules.FirstOrDefault(r => r.TryHit(route));
        if (rule is null)
        {
            return FaultOutcome.Serve;
        }

        var fault = rule.Fault;
        switch (fault.Kind)
        {
            case FaultKind.Slow:
                await Task.Delay(fault.Delay ?? TimeSpan.Zero, context.RequestAborted);
                return FaultOutcome.Serve;
            case FaultKind.LoseResponse:
                return FaultOutcome.ServeThenDrop;
            case FaultKind.Drop:
                context.Abort();
                return FaultOutcome.Handled;
            case FaultKind.RateLimit:
                var seconds = (int)Math.Ceiling((fault.Delay ?? TimeSpan.FromSeconds(1)).TotalSeconds);
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await ApiErrors.WriteAsync(context, 429, "Rate limit reached for requests. Please try again later.", "requests", null, "rate_limit_exceeded");
                return FaultOutcome.Handled;
            case FaultKind.InsufficientQuota:
                await ApiErrors.WriteAsync(context, 429, "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", null, "insufficient_quota");
                return FaultOutcome.Handled;
            case FaultKind.ServerError:
                await ApiErrors.WriteAsync(context, fault.Status, "The server had an error while processing your request. Sorry about that!", "server_error", null, null);
                return FaultOutcome.Handled;
            case FaultKind.Forbidden:
                var message = fault.Message ?? "This organization does not have access to fine-tuning. Fine-tuning is no longer available to new customers.";
                await ApiErrors.WriteAsync(context, 403, message, "invalid_request_error", null, "permission_denied");
                return FaultOutcome.Handled;
            case FaultKind.BadRequest:
                await ApiErrors.WriteAsync(context, 400, fault.Message ?? "Invalid request.", "invalid_request_error", null, null);
                return FaultOutcome.Handled;
            case FaultKind.Unauthorized:
                await ApiErrors.WriteAsync(context, 401, "Incorrect API key provided.", "invalid_request_error", null, "invalid_api_key");
                return FaultOutcome.Handled;
            default:
                return FaultOutcome.Serve;
        }
    }
}
