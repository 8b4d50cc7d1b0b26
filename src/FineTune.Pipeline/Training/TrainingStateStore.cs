using System.Text.Json;
using FineTune.Pipeline.Reporting;

namespace FineTune.Pipeline.Training;

/// <summary>Reads and atomically writes <c>training-state.json</c> in the report folder.</summary>
public sealed class TrainingStateStore(string directory, TimeProvider time)
{
    public const string FileName = "training-state.json";

    public string Path { get; } = System.IO.Path.Combine(directory, FileName);

    /// <summary>The saved state, or null when there is none or it cannot be read (then it is simply rebuilt).</summary>
    public TrainingState? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(Path), ReportJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes to a temporary file beside the target, then renames it over the target (<see cref="AtomicFile"/>).</summary>
    public TrainingState Save(TrainingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        state = state with { UpdatedAt = time.GetUtcNow() };
        AtomicFile.WriteAllText(Path, JsonSerializer.Serialize(state, ReportJson.Options) + "\n");
        return state;
    }
}
