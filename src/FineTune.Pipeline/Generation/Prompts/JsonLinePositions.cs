using System.Text.Json;
using FineTune.Pipeline.Data.Reading;

namespace FineTune.Pipeline.Generation.Prompts;

/// <summary>
/// Where each value of a JSON line starts, by path (<c>id</c>, <c>messages[1]</c>, <c>messages[1].content</c>),
/// as 1-based character columns: diagnostics point at the value that is wrong. Two levels deep are enough for prompts.
/// </summary>
internal sealed class JsonLinePositions
{
    private const int MaxDepth = 3;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    private JsonLinePositions()
    {
    }

    /// <summary>Maps a line that is known to parse.</summary>
    public static JsonLinePositions Of(ReadOnlySpan<byte> line)
    {
        var map = new JsonLinePositions();
        var reader = new Utf8JsonReader(line);
        var path = new List<string>();
        var index = new List<int>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    index.RemoveAt(index.Count - 1);
                    continue;
                default:
                    break;
            }

            var here = Name(path, index, property);
            property = null;
            if (here is not null && path.Count <= MaxDepth)
            {
                map._columns.TryAdd(here, Utf8Text.Column(line, (int)reader.TokenStartIndex));
            }

            if (index.Count > 0 && index[^1] >= 0 && reader.CurrentDepth == path.Count)
            {
                index[^1]++;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Add(here ?? string.Empty);
                index.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
            }
        }

        return map;
    }

    /// <summary>The column of the value at <paramref name="path"/>, else of its nearest parent, else 1.</summary>
    public int Column(string path)
    {
        while (true)
        {
            if (_columns.TryGetValue(path, out var column))
            {
                return column;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return 1;
            }

            path = path[..cut];
        }
    }

    private static string? Name(List<string> path, List<int> index, string? property)
    {
        if (path.Count == 0)
        {
            return null;
        }

        var parent = path[^1];
        if (property is not null)
        {
            return parent.Length == 0 ? property : $"{parent}.{property}";
        }

        return index[^1] >= 0 ? $"{parent}[{index[^1]}]" : parent;
    }
}
