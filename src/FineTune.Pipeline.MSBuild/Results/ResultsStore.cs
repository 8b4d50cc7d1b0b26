using System.Text.Json;
using System.Text.Json.Serialization;

namespace FineTune.Pipeline.MSBuild.Results;

/// <summary>
/// Reads and writes <see cref="ValidationResults"/> as JSON (snake_case). The file doubles as the output
/// of the incremental validation target: it exists only after a validation without errors.
/// </summary>
public static class ResultsStore
{
    /// <summary>Bumped when the layout changes; a file of another version reads as absent.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static void Write(string path, ValidationResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var envelope = new Envelope(FormatVersion, results);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(envelope, Options));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The results in <paramref name="path"/>; null when the file does not exist or has another format version.</summary>
    /// <exception cref="JsonException">The file is not valid results JSON.</exception>
    public static ValidationResults? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var envelope = JsonSerializer.Deserialize<Envelope>(File.ReadAllText(path), Options);
        return envelope is { Version: FormatVersion } ? envelope.Results : null;
    }

    /// <summary>Deletes the results unless they are those of <paramref name="configFile"/> (unreadable ones too).</summary>
    public static void ForgetUnlessFor(string path, string configFile)
    {
        try
        {
            var results = Read(path);
            if (results is null || string.Equals(results.ConfigFile, configFile, StringComparison.Ordinal))
            {
                return;
            }
        }
        catch (JsonException)
        {
        }

        Delete(path);
    }

    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private sealed record Envelope(int Version, ValidationResults? Results);
}
