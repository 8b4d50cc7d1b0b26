using FineTune.Pipeline.Config;
using FineTune.Pipeline.Lora.Runner;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Lora.Tests.Runner;

/// <summary>
/// A temp project training on the shared tiny Llama with examples/lora-local's data (16 train, 12 eval;
/// 3 epochs of 4 steps), trained through <see cref="LoraPipelineTrainer"/> as the runner does.
/// </summary>
internal sealed class LoraProject
{
    public LoraProject(double dropout = 0, int seed = 3, bool merge = false)
    {
        Merge = merge;
        Folder = TinyModels.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(Folder, "data"));
        foreach (var file in new[] { "train.jsonl", "eval.jsonl" })
        {
            File.Copy(Path.Combine(LocalExampleTests.RepositoryRoot(), "examples", "lora-local", "data", file), Path.Combine(Folder, "data", file));
        }

        Write(dropout, seed);
    }

    public string Folder { get; }

    /// <summary><c>train.lora.merge</c> in the written finetune.yaml.</summary>
    public bool Merge { get; set; }

    public string Adapter => Path.Combine(Folder, "out", "adapter");

    public string Metrics => Path.Combine(Adapter, "metrics.jsonl");

    public void Write(double dropout, int seed) => File.WriteAllText(Path.Combine(Folder, "finetune.yaml"), $$"""
        version: 1
        data:
          train: data/train.jsonl
          eval: data/eval.jsonl
        train:
          provider: lora
          base_model: tiny
          epochs: 3
          batch_size: 4
          seed: {{seed}}
          lora:
            rank: 4
            alpha: 8
            dropout: {{dropout.ToString(System.Globalization.CultureInfo.InvariantCulture)}}
            learning_rate: 0.02
            max_seq_length: 128
            merge: {{(Merge ? "true" : "false")}}
            output_dir: out/adapter
        models:
          tiny:
            provider: lora
            path: {{TinyModels.Llama}}
        reports:
          dir: out
        """);

    public async Task<TrainingResult> TrainAsync(ITrainingLog log, bool forceNew = false, CancellationToken cancellationToken = default)
    {
        var loaded = ConfigLoader.Load(Path.Combine(Folder, "finetune.yaml"), new Dictionary<string, string>());
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Diagnostics.Select(d => d.Message)));
        var settings = PipelineSettings.Resolve(loaded.Config!);
        var work = Directory.CreateTempSubdirectory("lora-project-");
        try
        {
            var request = TrainingRequest.For(settings, Path.Combine(Folder, "out"), work.FullName) with { ForceNew = forceNew };
            return await new LoraPipelineTrainer(log).TrainAsync(request, cancellationToken);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public TrainingState? State() => new TrainingStateStore(Adapter, TimeProvider.System).Load();

    public byte[] AdapterBytes() => [.. File.ReadAllBytes(Path.Combine(Adapter, "adapter_config.json")), .. File.ReadAllBytes(Path.Combine(Adapter, "adapter_model.safetensors"))];

    public List<int> MetricSteps() => File.ReadLines(Metrics).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("step").GetInt32()).ToList();
}
