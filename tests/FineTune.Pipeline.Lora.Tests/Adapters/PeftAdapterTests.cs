using System.Buffers.Binary;
using System.Text.Json;
using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Tests.Adapters;

public sealed class PeftAdapterTests
{
    [Fact]
    public void Adapter_file_has_peft_keys_shapes_and_pt_metadata()
    {
        var settings = new LoraSettings { Rank = 8, Alpha = 16, TargetModules = ["q_proj", "k_proj", "down_proj"] };
        using var model = CausalLM.Load(TinyModels.Llama, settings);
        var folder = TinyModels.NewTempFolder();

        PeftAdapter.Save(model, folder, "tiny-llama");

        var bytes = File.ReadAllBytes(Path.Combine(folder, "adapter_model.safetensors"));
        using var header = JsonDocument.Parse(bytes.AsMemory(8, (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes)));
        var shapes = header.RootElement.EnumerateObject().Where(p => p.Name != "__metadata__")
            .ToDictionary(p => p.Name, p => string.Join("x", p.Value.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64())));
        var expected = new Dictionary<string, string>();
        for (var i = 0; i < 2; i++)
        {
            var layer = $"base_model.model.model.layers.{i}.";
            expected[layer + "self_attn.q_proj.lora_A.weight"] = "8x64";
            expected[layer + "self_attn.q_proj.lora_B.weight"] = "64x8";
            expected[layer + "self_attn.k_proj.lora_A.weight"] = "8x64";
            expected[layer + "self_attn.k_proj.lora_B.weight"] = "32x8";
            expected[layer + "mlp.down_proj.lora_A.weight"] = "8x128";
            expected[layer + "mlp.down_proj.lora_B.weight"] = "64x8";
        }

        Assert.Equal(expected.OrderBy(p => p.Key), shapes.OrderBy(p => p.Key));
        Assert.Equal("pt", header.RootElement.GetProperty("__metadata__").GetProperty("format").GetString());
        Assert.All(header.RootElement.EnumerateObject().Where(p => p.Name != "__metadata__"), p => Assert.Equal("F32", p.Value.GetProperty("dtype").GetString()));
    }

    [Fact]
    public void Adapter_config_carries_peft_fields_and_reads_back()
    {
        var settings = new LoraSettings { Rank = 4, Alpha = 8, Dropout = 0.1, UseRsLora = true, TargetModules = ["v_proj", "q_proj"] };
        using var model = CausalLM.Load(TinyModels.Qwen2, settings);
        var folder = TinyModels.NewTempFolder();

        PeftAdapter.Save(model, folder, "tiny-qwen2");

        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "adapter_config.json")));
        var root = config.RootElement;
        Assert.Equal("LORA", root.GetProperty("peft_type").GetString());
        Assert.Equal("CAUSAL_LM", root.GetProperty("task_type").GetString());
        Assert.Equal("tiny-qwen2", root.GetProperty("base_model_name_or_path").GetString());
        Assert.Equal("none", root.GetProperty("bias").GetString());
        Assert.False(root.GetProperty("fan_in_fan_out").GetBoolean());
        Assert.False(root.GetProperty("use_dora").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("modules_to_save").ValueKind);
        var read = PeftAdapter.ReadSettings(folder);
        Assert.Equal((4, 8.0, 0.1, true), (read.Rank, read.Alpha, read.Dropout, read.UseRsLora));
        Assert.Equal(["q_proj", "v_proj"], read.TargetModules);
    }
}
