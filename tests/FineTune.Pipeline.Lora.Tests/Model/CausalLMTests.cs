using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Model;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Model;

public sealed class CausalLMTests
{
    [Fact]
    public void Llama_parameters_are_named_and_shaped_like_the_checkpoint()
    {
        using var model = CausalLM.Load(TinyModels.Llama, lora: null);

        var shapes = model.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);

        Assert.Equal([304L, 64], shapes["model.embed_tokens.weight"]);
        Assert.Equal([64L, 64], shapes["model.layers.0.self_attn.q_proj.weight"]);
        Assert.Equal([32L, 64], shapes["model.layers.1.self_attn.k_proj.weight"]);
        Assert.Equal([128L, 64], shapes["model.layers.1.mlp.gate_proj.weight"]);
        Assert.Equal([64L, 128], shapes["model.layers.1.mlp.down_proj.weight"]);
        Assert.Equal([64L], shapes["model.norm.weight"]);
        Assert.DoesNotContain("lm_head.weight", shapes.Keys);            // tied
        Assert.DoesNotContain("model.layers.0.self_attn.q_proj.bias", shapes.Keys);
        Assert.Equal(2 + (2 * 9), shapes.Count);
    }

    [Fact]
    public void Qwen2_has_qkv_biases_and_an_untied_head()
    {
        using var model = CausalLM.Load(TinyModels.Qwen2, lora: null);

        var names = model.named_parameters().Select(p => p.name).ToHashSet();

        Assert.Contains("model.layers.0.self_attn.q_proj.bias", names);
        Assert.Contains("model.layers.0.self_attn.v_proj.bias", names);
        Assert.DoesNotContain("model.layers.0.self_attn.o_proj.bias", names);
        Assert.Contains("lm_head.weight", names);
    }

    [Fact]
    public void Fresh_adapter_gives_exactly_the_base_logits()
    {
        using var baseModel = CausalLM.Load(TinyModels.Llama, lora: null);
        using var tuned = CausalLM.Load(TinyModels.Llama, new LoraSettings { TargetModules = LoraSettings.AllTargets }, seed: 5);
        using var ids = torch.tensor(new long[] { 1, 5, 9, 300, 42, 7 }, [1, 6]);

        using var expected = baseModel.Forward(ids);
        using var actual = tuned.Forward(ids);

        Assert.Equal([1L, 6, 304], actual.shape);
        Assert.True(expected.eq(actual).all().item<bool>(), "logits differ");
    }

    [Fact]
    public void Kv_cache_decoding_matches_the_full_forward_pass()
    {
        using var model = CausalLM.Load(TinyModels.Qwen2, lora: null);
        long[] tokens = [3, 17, 99, 4, 250, 8];
        using var all = torch.tensor(tokens, [1, 6]);
        using var full = model.Forward(all);

        using var cache = new KvCache(model.Config.NumHiddenLayers);
        using var prefix = torch.tensor(tokens[..4], [1, 4]);
        using var first = model.Forward(prefix, cache);
        using var fifth = model.Forward(torch.tensor(tokens[4..5], [1, 1]), cache);
        using var sixth = model.Forward(torch.tensor(tokens[5..], [1, 1]), cache);
        using var stitched = torch.cat([first, fifth, sixth], dim: 1);

        Assert.True(full.allclose(stitched, rtol: 1e-4, atol: 1e-5));
    }
}
