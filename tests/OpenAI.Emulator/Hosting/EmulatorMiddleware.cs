using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenAI.Emulator;

/// <summary>Runs after routing: logs the request, applies injected faults, then checks the bearer token.</summary>
internal sealed class EmulatorMiddleware(RequestDelegate next, OpenAIEmulator emulator)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var route = context.GetEndpoint() is RouteEndpoint endpoint
            ? $"{context.Request.Method} {endpoint.RoutePattern.RawText}"
            : null;
        var body = await ReadJsonBodyAsync(context.Request);
        if (route is not null)
        {
            emulator.OnRequest?.Invoke(route);
        }

        try
        {
            var outcome = route is null ? FaultOutcome.Serve : await emulator.Faults.ApplyAsync(context, route);
            if (outcome == FaultOutcome.Handled)
            {
                return;
            }

            if (Authorize(context) is { } rejection)
            {
                await rejection;
                return;
            }

            if (outcome == FaultOutcome.ServeThenDrop)
            {
                context.Response.Body = Stream.Null;
                await next(context);
                context.Abort();
                return;
            }

            await next(context);
        }
        finally
        {
            var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 0 : context.Response.StatusCode;
            emulator.Requests.Add(new LoggedRequest(context.Request.Method, route, context.Request.Path, context.Request.QueryString.Value ?? string.Empty, status, body));
        }
    }

    private Task? Authorize(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || header.Length == "Bearer ".Length)
        {
            return ApiErrors.WriteAsync(context, 401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", "invalid_request_error", null, null);
        }

        var key = header["Bearer ".Length..];
        if (emulator.Options.ApiKey is { } expected && key != expected)
        {
            var masked = key.Length > 8 ? $"{key[..3]}***{key[^4..]}" : "***";
            return ApiErrors.WriteAsync(context, 401, $"Incorrect API key provided: {masked}. You can find your API key at https://platform.openai.com/account/api-keys.", "invalid_request_error", null, "invalid_api_key");
        }

        return null;
    }

    private static async Task<string?> ReadJsonBodyAsync(HttpRequest request)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return text;
    }
}
