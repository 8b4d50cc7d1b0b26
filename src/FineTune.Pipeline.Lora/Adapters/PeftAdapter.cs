using System.Text.Json.Nodes;
using FineTune.Pipeline.Lora.Checkpoints;
using FineTune.Pipeline.Lora.Model;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Adapters;

/// <summary>
/// Saves and loads adapters in Hugging Face PEFT's format, so PEFT and vLLM load them:
/// <c>adapter_config.json</c> and <c>adapter_model.safetensors</c> (metadata <c>{"format":"pt"}</c>)
/// with keys <c>base_model.model.model.layers.{i}.self_attn.q_proj.lora_A.weight</c> [r, in] and
/// <c>...lora_B.weight</c> [out, r].
/// </summary>
public static class PeftAdapter
{
    public const string Prefix = "base_model.model.";
    public const string ConfigFile = "adapter_config.json";
    public const string WeightsFile = "adapter_model.safetensors";

    public static void Save(CausalLM model, string folder, string baseModel)
    {
        var lora = model.Lora ?? throw new InvalidOperationException("The model has no adapter.");
        Directory.CreateDirectory(folder);
        var entries = model.LoraParameters().Select(p => SafetensorsWriter.Entry(Prefix + p.Name, p.Parameter));
        SafetensorsWriter.Write(Path.Combine(folder, WeightsFile), entries, new Dictionary<string, string> { ["format"] = "pt" });

        var config = new JsonObject
        {
            ["peft_type"] = "LORA",
            ["task_type"] = "CAUSAL_LM",
            ["base_model_name_or_path"] = baseModel,
            ["r"] = lora.Rank,
            ["lora_alpha"] = lora.Alpha,
            ["lora_dropout"] = lora.Dropout,
            ["target_modules"] = new JsonArray(lora.TargetModules.Order(StringComparer.Ordinal).Select(t => (JsonNode)t).ToArray()),
            ["bias"] = "none",
            ["fan_in_fan_out"] = false,
            ["use_rslora"] = lora.UseRsLora,
            ["use_dora"] = false,
            ["init_lora_weights"] = true,
            ["modules_to_save"] = null,
            ["inference_mode"] = true,
        };
        File.WriteAllText(Path.Combine(folder, ConfigFile), config.ToJsonString(new() { WriteIndented = true }) + "\n");
    }

    /// <summary>Reads <c>adapter_config.json</c> into settings.</summary>
    public static LoraSettings ReadSettings(string folder)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, ConfigFile)))!;
        return new LoraSettings
        {
            Rank = json["r"]!.GetValue<int>(),
            Alpha = json["lora_alpha"]!.GetValue<double>(),
            Dropout = json["lora_dropout"]?.GetValue<double>() ?? 0,
            TargetModules = json["target_modules"]!.AsArray().Select(t => t!.GetValue<string>()).ToList(),
            UseRsLora = json["use_rslora"]?.GetValue<bool>() ?? false,
        };
    }

    /// <summary>Copies the adapter weights of <paramref name="folder"/> into the model's LoRA parameters.</summary>
    public static void LoadWeights(CausalLM model, string folder)
    {
        var path = Path.Combine(folder, WeightsFile);
        var weights = SafetensorsReader.Read(path);
        try
        {
            using var _ = torch.no_grad();
            foreach (var (name, parameter) in model.LoraParameters())
            {
                if (!weights.TryGetValue(Prefix + name, out var value) || !value.shape.SequenceEqual(parameter.shape))
                {
                    throw new InvalidDataException($"{path}: no tensor {Prefix + name} of shape [{string.Join(", ", parameter.shape)}].");
                }

                parameter.copy_(value);
            }
        }
        finally
        {
            foreach (var t in weights.Values)
            {
                t.Dispose();
            }
        }
    }
}
