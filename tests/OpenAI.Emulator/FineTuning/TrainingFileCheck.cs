using System.Text;
using System.Text.Json;

namespace OpenAI.Emulator;

/// <summary>
/// The checks the fine-tuning API runs while a job is <c>validating_files</c>: UTF-8 JSONL of chat
/// examples, each an object with a <c>messages</c> list of known roles and at least one assistant
/// reply, and enough examples. Failures read like the API's: <c>invalid_training_file</c> with
/// "Example N" (N counts non-empty lines) or <c>invalid_n_examples</c>.
/// </summary>
public static class TrainingFileCheck
{
    private static readonly HashSet<string> Roles = ["system", "developer", "user", "assistant", "tool", "function"];

    public static (JobError? Error, IReadOnlyList<TrainingExample> Examples) Check(byte[] content, int minExamples, string param)
    {
        ArgumentNullException.ThrowIfNull(content);
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return (Invalid(param, "The file is not valid UTF-8."), []);
        }

        var examples = new List<TrainingExample>();
        var lines = text.Split('\n');
        var index = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            index++;
            var (example, problem) = Parse(line, i + 1);
            if (problem is not null)
            {
                return (Invalid(param, $"Example {index}: {problem}"), []);
            }

            examples.Add(example!);
        }

        if (examples.Count < minExamples)
        {
            var message = $"Training file has {examples.Count} example(s), but must have at least {minExamples} examples";
            return (new JobError("invalid_n_examples", message, param), []);
        }

        return (null, examples);
    }

    private static JobError Invalid(string param, string detail) =>
        new("invalid_training_file", $"The job failed due to an invalid training file. Invalid file format. {detail}", param);

    private static (TrainingExample? Example, string? Problem) Parse(string line, int lineNumber)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(line).RootElement;
        }
        catch (JsonException)
        {
            return (null, "the line is not valid JSON.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "the line is not a JSON object.");
        }

        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return (null, "missing 'messages' list.");
        }

        string prompt = string.Empty, answer = string.Empty, lastUser = string.Empty;
        var tokens = 0;
        var number = 0;
        var hasAssistant = false;
        foreach (var message in messages.EnumerateArray())
        {
            number++;
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("role", out var roleElement)
                || roleElement.ValueKind != JsonValueKind.String)
            {
                return (null, $"message {number} has no 'role'.");
            }

            var role = roleElement.GetString()!;
            if (!Roles.Contains(role))
            {
                return (null, $"message {number} has an unrecognized role '{role}'.");
            }

            if (message.TryGetProperty("weight", out var weight) && !(weight.ValueKind == JsonValueKind.Number && weight.GetDouble() is 0 or 1))
            {
                return (null, $"message {number} has a weight that is not 0 or 1.");
            }

            var content = ChatText.Of(message);
            if (content is null && !message.TryGetProperty("tool_calls", out _) && !message.TryGetProperty("function_call", out _))
            {
                return (null, $"message {number} is missing 'content'.");
            }

            tokens += 4 + ChatText.Words(content ?? string.Empty).Count;
            if (role == "user")
            {
                lastUser = content ?? string.Empty;
            }
            else if (role == "assistant")
            {
                hasAssistant = true;
                (prompt, answer) = (lastUser, content ?? answer);
            }
        }

        return hasAssistant
            ? (new TrainingExample(lineNumber, prompt, answer, tokens), null)
            : (null, "the example has no assistant message.");
    }
}
