using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

/// <summary>A throwaway project folder with <c>data/train.jsonl</c>, where finetune.yaml files are written and loaded.</summary>
internal sealed class TempProject : IDisposable
{
    /// <summary>Mid-2025: more than a year before any catalog date, so no FT0021 unless a test asks for it.</summary>
    public static readonly TimeProvider QuietClock = new FixedTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));

    public TempProject(bool withTrainData = true)
    {
        Dir = Directory.CreateTempSubdirectory("finetune-config-").FullName;
        if (withTrainData)
        {
            Write("data/train.jsonl", "{}\n");
        }
    }

    public string Dir { get; }

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Loads yaml text as finetune.yaml of this folder (no file written).</summary>
    public ConfigLoadResult Load(string yaml, IReadOnlyDictionary<string, string>? environment = null, TimeProvider? clock = null, IReadOnlyCollection<string>? knownRuleCodes = null) =>
        ConfigLoader.LoadFromString(yaml, "finetune.yaml", Dir, new ConfigLoadOptions
        {
            Environment = environment ?? new Dictionary<string, string>(),
            KnownRuleCodes = knownRuleCodes,
            TimeProvider = clock ?? QuietClock,
        });

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
