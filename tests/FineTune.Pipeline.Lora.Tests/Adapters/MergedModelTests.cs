using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Checkpoints;
using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Model;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Adapters;

public sealed class MergedModelTests
{
    private static readonly LoraSettings Settings = new() { Rank = 4, Alpha = 8, Dropout = 0, TargetModules = LoraSettings.AllTargets };

    private static readonly long[][] Prompts = [[1, 5, 9, 300, 42, 7], [3, 17, 99], [250, 8, 8, 8, 12, 60, 61, 62, 63]];

    [Theory]
    [InlineData(ModelFamily.Llama)]
    [InlineData(ModelFamily.Qwen2)]
    public void Merged_checkpoint_without_an_adapter_gives_the_tuned_logits(ModelFamily family)
    {
        var baseFolder = TinyModels.Folder(family);
        using var tuned = WithTrainedLookingAdapter(baseFolder);
        var folder = Path.Combine(TinyModels.NewTempFolder(), MergedModel.FolderName);

        MergedModel.Write(tuned, baseFolder, folder);
        using var merged = CausalLM.Load(folder, lora: null);

        foreach (var prompt in Prompts)
        {
            using var ids = torch.tensor(prompt, [1, prompt.Length]);
            using var expected = tuned.Forward(ids);
            using var actual = merged.Forward(ids);
            tuned.SetAdapterEnabled(false);
            using var baseLogits = tuned.Forward(ids);
            tuned.SetAdapterEnabled(true);
            var diff = (expected - actual).abs().max().item<float>();
            Assert.True(diff < 1e-4, $"merged logits differ by {diff}");
            Assert.True((expected - baseLogits).abs().max().item<float>() > 1e-2, "the adapter changes nothing: the test proves nothing");
        }
    }

    [Fact]
    public void Merged_checkpoint_has_the_base_keys_shapes_and_dtypes_and_its_tokenizer()
    {
        // A bf16 copy of the tiny Qwen2 checkpoint: the merged weights must come back as bf16 too.
        var baseFolder = Bf16Copy(TinyModels.Qwen2);
        using var tuned = WithTrainedLookingAdapter(baseFolder);
        var folder = Path.Combine(TinyModels.NewTempFolder(), MergedModel.FolderName);

        MergedModel.Write(tuned, baseFolder, folder);

        var expected = SafetensorsReader.ReadHeader(Path.Combine(baseFolder, "model.safetensors")).Tensors.ToDictionary(t => t.Name, t => (t.Dtype, string.Join(",", t.Shape)));
        var actual = SafetensorsReader.ReadHeader(Path.Combine(folder, "model.safetensors")).Tensors.ToDictionary(t => t.Name, t => (t.Dtype, string.Join(",", t.Shape)));
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.All(actual.Values, v => Assert.Equal("BF16", v.Dtype));
        Assert.DoesNotContain(actual.Keys, k => k.Contains("lora", StringComparison.Ordinal));
        foreach (var file in new[] { "config.json", "tokenizer.json", "tokenizer_config.json" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(baseFolder, file)), File.ReadAllText(Path.Combine(folder, file)));
        }

        // Unadapted weights are the base bytes exactly; adapted ones moved.
        var before = SafetensorsReader.Read(Path.Combine(baseFolder, "model.safetensors"));
        var after = SafetensorsReader.Read(Path.Combine(folder, "model.safetensors"));
        Assert.True(before["model.norm.weight"].eq(after["model.norm.weight"]).all().item<bool>());
        Assert.True(before["lm_head.weight"].eq(after["lm_head.weight"]).all().item<bool>());
        Assert.False(before["model.layers.0.self_attn.q_proj.weight"].eq(after["model.layers.0.self_attn.q_proj.weight"]).all().item<bool>());
    }

    /// <summary>The base model with random lora_B (a fresh adapter is a no-op, so its merge would prove nothing).</summary>
    private static CausalLM WithTrainedLookingAdapter(string folder)
    {
        var model = CausalLM.Load(folder, Settings, seed: 3);
        using var _ = torch.no_grad();
        foreach (var layer in model.LoraLayers())
        {
            layer.LoraB.normal_(0, 0.05);
        }

        return model;
    }

    private static string Bf16Copy(string folder)
    {
        var copy = TinyModels.NewTempFolder();
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var tensors = SafetensorsReader.Read(Path.Combine(folder, "model.safetensors"));
        SafetensorsWriter.Write(
            Path.Combine(copy, "model.safetensors"),
            tensors.Select(t => (t.Key, "BF16", t.Value.shape)),
            (name, output) => output.Write(SafetensorsWriter.Bytes(tensors[name], "BF16")));
        return copy;
    }
}
