using System.Text;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Data;

/// <summary>A throw-away folder with dataset files and a config pointing at them.</summary>
internal sealed class TempDataset : IDisposable
{
    public TempDataset()
    {
        Directory = Path.Combine(Path.GetTempPath(), "ft-data-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public TempDataset Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text, new UTF8Encoding(false));
        return this;
    }

    public TempDataset WriteBytes(string name, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(name), bytes);
        return this;
    }

    /// <summary>Writes train.jsonl from lines, each followed by a newline.</summary>
    public TempDataset Train(params string[] lines) => Write("train.jsonl", string.Concat(lines.Select(line => line + "\n")));

    public TempDataset Eval(params string[] lines) => Write("eval.jsonl", string.Concat(lines.Select(line => line + "\n")));

    /// <summary>A config with no split and no minimum, so each test sees only what it provokes.</summary>
    public FineTuneConfig Config(bool withEval = false) => new()
    {
        BaseDirectory = Directory,
        Data = new DataConfig
        {
            Train = "train.jsonl",
            Eval = withEval ? "eval.jsonl" : null,
            EvalSplit = new EvalSplitConfig { Fraction = 0 },
        },
        Validation = new ValidationConfig { MinExamples = 1 },
    };

    public ValidationOutcome Validate(FineTuneConfig? config = null, int parallelism = 2, int chunkSize = 512 * 1024)
        => DatasetValidator.Validate(
            PipelineSettings.Resolve(config ?? Config()),
            new DatasetValidatorOptions { Parallelism = parallelism, ChunkSize = chunkSize });

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
