using FineTune.Pipeline.Lora.Checkpoints;
using FineTune.Pipeline.Lora.Model;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Adapters;

/// <summary>
/// Writes the tuned model as a plain Hugging Face checkpoint (<c>train.lora.merge: true</c>): every adapted
/// weight becomes W + scaling·B·A, computed in float32, under the base checkpoint's key names, dtypes and shapes;
/// everything else is the base weight. Loads with transformers or vLLM without PEFT (and with <see cref="CausalLM.Load"/>).
/// </summary>
public static class MergedModel
{
    /// <summary>The merged checkpoint's folder inside <c>train.lora.output_dir</c>.</summary>
    public const string FolderName = "merged";

    /// <summary>Files of the base checkpoint folder that travel with the weights (those present are copied).</summary>
    public static readonly IReadOnlyList<string> CopiedFiles =
    [
        "config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
        "added_tokens.json", "tokenizer.model", "vocab.json", "merges.txt", "chat_template.jinja", "chat_template.json",
    ];

    public static void Write(CausalLM model, string baseFolder, string folder)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true); // no stale shards from an earlier run
        }

        Directory.CreateDirectory(folder);
        var sources = SafetensorsReader.CheckpointFiles(baseFolder)
            .SelectMany(file => Tensors(file))
            .ToDictionary(t => t.Tensor.Name, StringComparer.Ordinal);
        var merged = model.named_modules()
            .Where(m => m.module is LoraLinear)
            .ToDictionary(m => m.name + ".weight", m => (LoraLinear)m.module, StringComparer.Ordinal);
        var parameters = model.named_parameters().ToDictionary(p => p.name, p => p.parameter, StringComparer.Ordinal);

        SafetensorsWriter.Write(
            Path.Combine(folder, "model.safetensors"),
            sources.Values.Select(s => (s.Tensor.Name, s.Tensor.Dtype, s.Tensor.Shape)),
            (name, output) =>
            {
                var source = sources[name];
                if (merged.TryGetValue(name, out var layer))
                {
                    using var weight = layer.MergedWeight();                       // [out, in], fp32
                    output.Write(SafetensorsWriter.Bytes(weight, source.Tensor.Dtype));
                }
                else if (parameters.TryGetValue(name, out var parameter))
                {
                    output.Write(SafetensorsWriter.Bytes(parameter, source.Tensor.Dtype));
                }
                else
                {
                    CopyRaw(source, output);                                        // e.g. rotary inv_freq buffers of old checkpoints
                }
            },
            new Dictionary<string, string> { ["format"] = "pt" });

        foreach (var name in CopiedFiles.Where(n => File.Exists(Path.Combine(baseFolder, n))))
        {
            File.Copy(Path.Combine(baseFolder, name), Path.Combine(folder, name), overwrite: true);
        }
    }

    private static IEnumerable<(SafetensorsTensor Tensor, string File, long DataStart)> Tensors(string file)
    {
        var (tensors, dataStart) = SafetensorsReader.ReadHeader(file);
        return tensors.Select(t => (t, file, dataStart));
    }

    private static void CopyRaw((SafetensorsTensor Tensor, string File, long DataStart) source, Stream output)
    {
        using var input = File.OpenRead(source.File);
        input.Position = source.DataStart + source.Tensor.Begin;
        var buffer = new byte[source.Tensor.ByteLength];
        input.ReadExactly(buffer);
        output.Write(buffer);
    }
}
