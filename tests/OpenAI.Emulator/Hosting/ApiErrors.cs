using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenAI.Emulator;

/// <summary>The API's error body: <c>{"error": {message, type, param, code}}</c>.</summary>
public static class ApiErrors
{
    public static JsonObject Body(string message, string type, string? param, string? code) => new()
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = param, ["code"] = code },
    };

    public static IResult Result(int status, string message, string type = "invalid_request_error", string? param = null, string? code = null) =>
        Results.Json(Body(message, type, param, code), statusCode: status);

    public static IResult NotFound(string message, string? param = null, string? code = null) => Result(404, message, param: param, code: code);

    public static IResult BadRequest(string message, string? param = null, string? code = null) => Result(400, message, param: param, code: code);

    public static async Task WriteAsync(HttpContext context, int status, string message, string type, string? param, string? code)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Body(message, type, param, code).ToJsonString(), context.RequestAborted);
    }
}
