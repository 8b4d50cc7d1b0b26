using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Items;

/// <summary>
/// One held-out example: the prompt (every message before the last assistant turn) and the
/// reference answer (that turn), with optional tags (slices in the report) and group (clustered errors).
/// </summary>
public sealed record EvalItem
{
    /// <summary>Stable id: the line's <c>id</c> field, or <c>file:line</c>.</summary>
    public required string Id { get; init; }

    public required IReadOnlyList<ChatMessage> Prompt { get; init; }

    public required string Reference { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Items with the same group share a source (turns of one conversation); null: independent.</summary>
    public string? Group { get; init; }

    /// <summary>File the item came from.</summary>
    public string? File { get; init; }

    /// <summary>1-based line in <see cref="File"/>.</summary>
    public int Line { get; init; }

    /// <summary>The last user message: what the item asks, for reports.</summary>
    public string Question => Prompt.LastOrDefault(m => m.Role == "user")?.Content ?? string.Empty;
}
