using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Native;

namespace FineTune.Pipeline.Lora.Tests;

/// <summary>Generated tiny checkpoints, written once per test run into a temp folder.</summary>
internal static class TinyModels
{
    private static readonly Lazy<string> LlamaFolder = new(() => Create(ModelFamily.Llama));
    private static readonly Lazy<string> Qwen2Folder = new(() => Create(ModelFamily.Qwen2));

    public static string Llama => LlamaFolder.Value;

    public static string Qwen2 => Qwen2Folder.Value;

    public static string Folder(ModelFamily family) => family == ModelFamily.Llama ? Llama : Qwen2;

    public static string NewTempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "finetune-lora-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Create(ModelFamily family)
    {
        TorchSharpLoader.EnsureLoaded();
        var folder = NewTempFolder();
        LoraModelGenerator.Generate(folder, new TinyModelSpec { Family = family, Seed = 7 });
        return folder;
    }
}
