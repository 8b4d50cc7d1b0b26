using System.Text.Json.Nodes;

namespace OpenAI.Emulator;

/// <summary>The <c>error</c> of a failed job: <c>{code, message, param}</c>.</summary>
public sealed record JobError(string Code, string Message, string? Param)
{
    public JsonObject ToJson() => new() { ["code"] = Code, ["message"] = Message, ["param"] = Param };
}
