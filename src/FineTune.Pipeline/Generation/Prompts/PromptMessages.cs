using System.Text.Json;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Generation.Prompts;

/// <summary>The conversation of one prompts line: a plain <c>prompt</c> (after the shared system prompt) or <c>messages</c>.</summary>
internal static class PromptMessages
{
    private static readonly HashSet<string> Roles = new(["system", "developer", "user", "assistant"], StringComparer.Ordinal);

    /// <summary>What is wrong, and the JSON path of the value to point at.</summary>
    public readonly record struct Problem(string Path, string Message);

    /// <returns>The messages, or null with <paramref name="problem"/> set.</returns>
    public static List<ChatMessage>? Read(JsonElement root, JsonLinePositions positions, string? system, out Problem? problem, out bool droppedAnswer)
    {
        ArgumentNullException.ThrowIfNull(positions);
        droppedAnswer = false;
        var hasPrompt = root.TryGetProperty("prompt", out var prompt);
        var hasMessages = root.TryGetProperty("messages", out var messages);
        problem = (hasPrompt, hasMessages) switch
        {
            (true, true) => new Problem("messages", "the line has both `prompt` and `messages`; keep one."),
            (false, false) => new Problem(string.Empty, "the line has neither `prompt` (a string) nor `messages` (a list of turns); write {\"id\": \"q1\", \"prompt\": \"...\"}."),
            _ => null,
        };
        if (problem is not null)
        {
            return null;
        }

        if (hasPrompt)
        {
            if (prompt.ValueKind != JsonValueKind.String || prompt.GetString()!.Trim().Length == 0)
            {
                problem = new Problem("prompt", $"`prompt` must be a non-empty string, got {PromptFileReader.Describe(prompt)}.");
                return null;
            }

            return system is null ? [ChatMessage.User(prompt.GetString()!)] : [ChatMessage.System(system), ChatMessage.User(prompt.GetString()!)];
        }

        return ReadTurns(messages, out problem, out droppedAnswer);
    }

    private static List<ChatMessage>? ReadTurns(JsonElement messages, out Problem? problem, out bool droppedAnswer)
    {
        droppedAnswer = false;
        problem = null;
        if (messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            problem = new Problem("messages", $"`messages` must be a non-empty list of {{\"role\", \"content\"}} turns, got {PromptFileReader.Describe(messages)}.");
            return null;
        }

        var turns = new List<ChatMessage>();
        var i = 0;
        foreach (var turn in messages.EnumerateArray())
        {
            var at = $"messages[{i++}]";
            if (turn.ValueKind != JsonValueKind.Object)
            {
                problem = new Problem(at, $"each turn must be an object {{\"role\": ..., \"content\": ...}}, got {PromptFileReader.Describe(turn)}.");
                return null;
            }

            if (!turn.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String || !Roles.Contains(role.GetString()!))
            {
                var got = turn.TryGetProperty("role", out role) ? PromptFileReader.Describe(role) : "nothing";
                var hint = got == "\"tool\"" ? " Tool turns are not supported in prompts." : string.Empty;
                problem = new Problem($"{at}.role", $"`role` must be \"system\", \"developer\", \"user\" or \"assistant\", got {got}.{hint}");
                return null;
            }

            if (!turn.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String || content.GetString()!.Trim().Length == 0)
            {
                var got = turn.TryGetProperty("content", out content) ? PromptFileReader.Describe(content) : "nothing";
                problem = new Problem($"{at}.content", $"`content` must be non-empty text, got {got}.");
                return null;
            }

            turns.Add(new ChatMessage(role.GetString()!, content.GetString()!));
        }

        if (turns[^1].Role == "assistant")
        {
            turns.RemoveAt(turns.Count - 1);
            droppedAnswer = true;
        }

        if (turns.Count == 0 || turns[^1].Role != "user")
        {
            problem = new Problem($"messages[{turns.Count - (turns.Count == 0 ? 0 : 1)}]", "the conversation must end with the user's turn, which the teacher answers.");
            return null;
        }

        return turns;
    }
}
