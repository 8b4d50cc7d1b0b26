using System.ClientModel;
using System.Text.Json;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// An error answer from the endpoint, reduced to the fields of the API's error body. It never carries
/// the SDK's exception (whose message holds raw content and headers); <see cref="FailureTranslator"/>
/// turns it into a <see cref="TrainingException"/> with a message for people.
/// </summary>
internal sealed class OpenAIApiException : Exception
{
    public OpenAIApiException()
    {
    }

    public OpenAIApiException(string message)
        : base(message)
    {
    }

    public OpenAIApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public required string Operation { get; init; }

    public int Status { get; init; }

    public string? Code { get; init; }

    public string? Type { get; init; }

    public string? Param { get; init; }

    public string ApiMessage { get; init; } = string.Empty;

    public static OpenAIApiException From(ClientResultException exception, string operation)
    {
        var response = exception.GetRawResponse();
        var error = default(JsonElement);
        try
        {
            error = response?.Content is { } content ? Json.Parse(content).Obj("error") : default;
        }
        catch (JsonException)
        {
        }

        return new OpenAIApiException($"{operation}: HTTP {exception.Status} {error.Str("code")}")
        {
            Operation = operation,
            Status = exception.Status,
            Code = error.Str("code"),
            Type = error.Str("type"),
            Param = error.Str("param"),
            ApiMessage = error.Str("message") ?? string.Empty,
        };
    }
}
