using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Inference;
using FineTune.Pipeline.Lora.Model;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Runner;

/// <summary><c>train.lora.merge: true</c> through the runner's trainer: merged/ beside the adapter, also when the adapter is reused.</summary>
public sealed class MergedOutputTests
{
    [Fact]
    public async Task Merge_writes_the_tuned_model_beside_the_adapter_and_a_reused_adapter_gets_one_too()
    {
        var project = new LoraProject(merge: true);
        var merged = Path.Combine(project.Adapter, MergedModel.FolderName);

        var trained = new RecordingLog();
        await project.TrainAsync(trained);

        Assert.Contains(trained.Lines, l => l.StartsWith("merged model written to out/adapter/merged", StringComparison.Ordinal));
        using (var tuned = LocalChatModel.LoadModel(TinyModels.Llama, project.Adapter))
        using (var plain = CausalLM.Load(merged, lora: null))
        using (var ids = torch.tensor(new long[] { 1, 40, 41, 42, 280, 7, 9 }, [1, 7]))
        {
            using var expected = tuned.Forward(ids);
            using var actual = plain.Forward(ids);
            Assert.True((expected - actual).abs().max().item<float>() < 1e-4);
        }

        // merge switched on after training (here: the merged folder is gone): the reused adapter is merged, nothing trains.
        Directory.Delete(merged, recursive: true);
        var reused = new RecordingLog();
        Assert.True((await project.TrainAsync(reused)).Reused);
        Assert.Empty(reused.Steps);
        Assert.True(File.Exists(Path.Combine(merged, "model.safetensors")));
        Assert.True(File.Exists(Path.Combine(merged, "tokenizer.json")));
    }
}
