using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

/// <summary>A throwaway project folder with <c>data/train.jsonl</c>, where finetune.yaml files are written and loaded.</summary>
internal sealed class TempProject : IDisposable
{
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
    public ConfigLoadResult Load(string yaml, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyCollection<string>? knownRuleCodes = null) =>
        ConfigLoader.LoadFromString(yaml, "finetune.yaml", Dir, new ConfigLoadOptions
        {
            Environment = environment ?? new Dictionary<string, string>(),
            KnownRuleCodes = knownRuleCodes,
        });

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
