using System.Text.Json;
using FineTune.Pipeline.MSBuild.Results;

namespace FineTune.Pipeline.MSBuild.Tool;

/// <summary>The parts of the tool's report.json (contract keys) that the build exposes as properties; numbers are formatted as the in-process results are.</summary>
internal sealed record ToolReport(string Verdict, string EstimatedUsd, string ModelId)
{
    /// <summary>Reads the report if it was written at or after <paramref name="notBeforeUtc"/>; a stale, missing or malformed report gives null.</summary>
    public static ToolReport? TryRead(string path, DateTime notBeforeUtc)
    {
        try
        {
            if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) < notBeforeUtc.AddSeconds(-2))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            return new ToolReport(
                Text(root, "verdict"),
                Text(root, "cost", "estimated_usd"),
                FirstText(root, ["training", "model_id"], ["training", "fine_tuned_model"], ["model_id"]));
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string FirstText(JsonElement root, params string[][] paths)
        => paths.Select(p => Text(root, p)).FirstOrDefault(t => t.Length > 0) ?? string.Empty;

    private static string Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return string.Empty;
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString() ?? string.Empty,
            JsonValueKind.Number => ResultProperties.Usd(element.GetDecimal()),
            JsonValueKind.True or JsonValueKind.False => element.GetBoolean() ? "true" : "false",
            _ => string.Empty,
        };
    }
}
