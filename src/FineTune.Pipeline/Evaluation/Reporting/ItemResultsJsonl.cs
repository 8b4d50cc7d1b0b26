using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FineTune.Pipeline.Evaluation.Execution;

namespace FineTune.Pipeline.Evaluation.Reporting;

/// <summary>One JSON line per item: id, source line, tags, group, both answers, per-scorer scores, metric, delta, errors.</summary>
public static class ItemResultsJsonl
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<ItemResult> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            var line = new JsonObject
            {
                ["id"] = item.Item.Id,
                ["file"] = item.Item.File,
                ["line"] = item.Item.Line,
                ["tags"] = new JsonArray(item.Item.Tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
                ["group"] = item.Item.Group,
                ["question"] = item.Item.Question,
                ["reference"] = item.Item.Reference,
                ["baseline"] = Side(item.Baseline),
                ["candidate"] = Side(item.Candidate),
                ["delta"] = item.Delta,
                ["errors"] = new JsonArray(item.Errors.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray()),
                ["skipped"] = item.Skipped,
            };
            builder.Append(line.ToJsonString(Options)).Append('\n');
        }

        return builder.ToString();
    }

    private static JsonObject Side(ModelScores scores) => new()
    {
        ["answers"] = new JsonArray(scores.Answers.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
        ["scores"] = new JsonObject(scores.Scores.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)JsonValue.Create(s.Value)))),
        ["metric"] = scores.Metric,
    };
}
