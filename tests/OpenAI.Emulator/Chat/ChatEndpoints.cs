using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenAI.Emulator;

/// <summary>
/// <c>POST /v1/chat/completions</c> (non-streaming). Base models answer <see cref="ChatResponder.BaseModelReply"/>;
/// a fine-tuned model (or one of its checkpoints) answers from its training file, see <see cref="ChatResponder"/>.
/// Token counts in <c>usage</c> are word counts, not tokenizer counts.
/// </summary>
internal sealed class ChatEndpoints(EmulatorOptions options, EmulatorState state)
{
    public void Map(IEndpointRouteBuilder app) => app.MapPost(EmulatorRoutes.Template(EmulatorRoutes.ChatCompletions), CompleteAsync);

    private async Task<IResult> CompleteAsync(HttpRequest request)
    {
        var body = await JsonBody.ReadAsync(request);
        var model = body?["model"]?.GetValueKind() == JsonValueKind.String ? body["model"]!.GetValue<string>() : null;
        if (body is null || model is null)
        {
            return ApiErrors.BadRequest("Missing required parameter: 'model'.", "model");
        }

        if (body["messages"] is not JsonArray { Count: > 0 } messages)
        {
            return ApiErrors.BadRequest("'messages' must be a non-empty array.", "messages");
        }

        var parsed = JsonDocument.Parse(messages.ToJsonString()).RootElement.EnumerateArray().ToList();
        var prompt = parsed.LastOrDefault(m => m.TryGetProperty("role", out var r) && r.GetString() == "user") is { ValueKind: JsonValueKind.Object } user
            ? ChatText.Of(user) ?? string.Empty
            : string.Empty;

        string answer;
        if (options.ScriptedModels.FirstOrDefault(m => m.Id == model) is { } scripted)
        {
            answer = scripted.Reply(Scripted(model, body, parsed));
        }
        else if (options.Models.Any(m => m.Id == model))
        {
            answer = ChatResponder.BaseModelReply;
        }
        else if (FindTunedExamples(model) is { } examples)
        {
            answer = ChatResponder.Answer(examples, prompt);
        }
        else
        {
            return ApiErrors.NotFound($"The model `{model}` does not exist or you do not have access to it.", "model", "model_not_found");
        }

        var promptTokens = parsed.Sum(m => 4 + ChatText.Words(ChatText.Of(m) ?? string.Empty).Count);
        var (finish, limit) = ("stop", MaxTokens(body));
        if (limit is { } max && ChatText.Words(answer).Count > max)
        {
            // Like the API at the token limit: the text stops there and finish_reason says so (a word is a token here).
            (answer, finish) = (string.Join(' ', answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(max)), "length");
        }

        var completionTokens = ChatText.Words(answer).Count;
        return Results.Json(new JsonObject
        {
            ["id"] = state.NewId("chatcmpl-emu"),
            ["object"] = "chat.completion",
            ["created"] = options.Clock.GetUtcNow().ToUnixTimeSeconds(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer, ["refusal"] = null, ["annotations"] = new JsonArray() },
                ["logprobs"] = null,
                ["finish_reason"] = finish,
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
            ["system_fingerprint"] = "fp_emulator",
        });
    }

    private static ScriptedChat Scripted(string model, JsonNode body, List<JsonElement> messages) => new(
        model,
        [.. messages.Select(m => (m.TryGetProperty("role", out var r) ? r.GetString() ?? string.Empty : string.Empty, ChatText.Of(m) ?? string.Empty))],
        body["seed"]?.GetValueKind() == JsonValueKind.Number ? body["seed"]!.GetValue<long>() : null,
        body["temperature"]?.GetValueKind() == JsonValueKind.Number ? body["temperature"]!.GetValue<double>() : null);

    private static int? MaxTokens(JsonNode body)
    {
        var node = body["max_completion_tokens"] ?? body["max_tokens"];
        return node?.GetValueKind() == JsonValueKind.Number ? node.GetValue<int>() : null;
    }

    private IReadOnlyList<TrainingExample>? FindTunedExamples(string model)
    {
        lock (state.Gate)
        {
            var job = state.Jobs.FirstOrDefault(j => j.FineTunedModel is not null
                && (j.FineTunedModel == model || j.Checkpoints.Any(c => c.ModelName == model)));
            return job?.Examples;
        }
    }
}
