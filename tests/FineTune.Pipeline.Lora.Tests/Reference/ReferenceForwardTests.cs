using System.Runtime.CompilerServices;
using System.Text.Json;
using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Model;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Reference;

/// <summary>
/// Independent numerical check: logits of a generated tiny model with a non-trivial adapter agree to 1e-4 with
/// <c>reference_forward.py</c> (a separate PyTorch implementation, float64). The goldens are committed; to
/// regenerate them set FINETUNE_REFERENCE_INPUTS=&lt;folder&gt;, run this test, then run the script on that folder
/// (see README.md beside this file).
/// </summary>
public sealed class ReferenceForwardTests
{
    private static readonly long[] Ids = [5, 40, 17, 260, 3, 99, 120, 7, 64, 250, 11, 2];

    [Theory]
    [InlineData(ModelFamily.Llama)]
    [InlineData(ModelFamily.Qwen2)]
    public void Logits_with_an_adapter_agree_with_an_independent_PyTorch_forward(ModelFamily family)
    {
        var folder = TinyModels.NewTempFolder();
        var checkpoint = Path.Combine(folder, "model");
        LoraModelGenerator.Generate(checkpoint, new TinyModelSpec { Family = family, Seed = 11 });
        var settings = new LoraSettings { Rank = 4, Alpha = 8, Dropout = 0, TargetModules = LoraSettings.AllTargets, UseRsLora = family == ModelFamily.Qwen2 };
        using var model = CausalLM.Load(checkpoint, settings);
        FillAdapter(model, seed: 5);
        PeftAdapter.Save(model, Path.Combine(folder, "adapter"), "tiny");
        if (Environment.GetEnvironmentVariable("FINETUNE_REFERENCE_INPUTS") is { Length: > 0 } inputs)
        {
            CopyFolder(folder, Path.Combine(inputs, family.ToString().ToLowerInvariant()));
        }

        using var ids = torch.tensor(Ids, [1, Ids.Length]);
        using var logits = model.Forward(ids);
        var actual = logits.squeeze(0).data<float>().ToArray();

        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Here(), $"{family.ToString().ToLowerInvariant()}.golden.json")));
        Assert.Equal(Ids, golden.RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetInt64()));
        var expected = golden.RootElement.GetProperty("logits").EnumerateArray().SelectMany(r => r.EnumerateArray().Select(e => e.GetDouble())).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst <= 1e-4, $"max |difference| {worst}");
    }

    // A deterministic, clearly non-zero adapter (B non-zero, so the update really changes the logits).
    private static void FillAdapter(CausalLM model, int seed)
    {
        var random = new Random(seed);
        using var _ = torch.no_grad();
        foreach (var (_, parameter) in model.LoraParameters())
        {
            var values = Enumerable.Range(0, (int)parameter.numel()).Select(_ => (float)((random.NextDouble() - 0.5) * 0.2)).ToArray();
            using var t = torch.tensor(values, parameter.shape);
            parameter.copy_(t);
        }
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
