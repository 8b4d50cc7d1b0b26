using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FineTune.Pipeline.Reporting;

namespace FineTune.Pipeline.Generation.Provenance;

/// <summary>Loads and saves the provenance file (snake_case JSON, atomically). An unreadable file counts as absent: the output itself says which prompts are answered.</summary>
public static class ProvenanceStore
{
    public const string Suffix = ".provenance.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The provenance file of an output: <c>data/train.jsonl</c> → <c>data/train.jsonl.provenance.json</c>.</summary>
    public static string PathFor(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output + Suffix;
    }

    public static ProvenanceDocument? Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var document = JsonSerializer.Deserialize<ProvenanceDocument>(File.ReadAllBytes(path), Json);
            return document is { Version: ProvenanceDocument.CurrentVersion } ? document : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void Save(string path, ProvenanceDocument document)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(document);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(document, Json) + "\n");
    }
}
