using System.Text.Json.Nodes;

namespace OpenAI.Emulator;

/// <summary>A <c>fine_tuning.job.event</c>; metrics events carry <c>data {step, total_steps, train_loss, ...}</c>.</summary>
public sealed record JobEvent(string Id, long CreatedAt, string Level, string Message, string Type, JsonObject? Data)
{
    public JsonObject ToJson() => new()
    {
        ["object"] = "fine_tuning.job.event",
        ["id"] = Id,
        ["created_at"] = CreatedAt,
        ["level"] = Level,
        ["message"] = Message,
        ["type"] = Type,
        ["data"] = Data?.DeepClone() ?? new JsonObject(),
    };
}
