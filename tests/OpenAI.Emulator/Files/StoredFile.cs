using System.Text.Json.Nodes;

namespace OpenAI.Emulator;

/// <summary>An uploaded file (the <c>file</c> object of the Files API).</summary>
public sealed class StoredFile
{
    public required string Id { get; init; }

    public required string Filename { get; init; }

    public required string Purpose { get; init; }

    public required byte[] Content { get; init; }

    public required long CreatedAt { get; init; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "file",
        ["bytes"] = Content.LongLength,
        ["created_at"] = CreatedAt,
        ["filename"] = Filename,
        ["purpose"] = Purpose,
        ["status"] = "processed",
    };
}
