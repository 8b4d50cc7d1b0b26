using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Model;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Adapters;

public sealed class LoraLinearTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Merged_weight_is_w_plus_scaling_times_b_a(bool rsLora)
    {
        FineTune.Pipeline.Lora.Native.TorchSharpLoader.EnsureLoaded();
        torch.manual_seed(1);
        var settings = new LoraSettings { Rank = 4, Alpha = 8, Dropout = 0, UseRsLora = rsLora };
        using var layer = new LoraLinear(6, 5, hasBias: false, settings);
        using (torch.no_grad())
        {
            layer.Weight.normal_();
            layer.LoraB.normal_();
        }

        using var merged = layer.MergedWeight();
        using var expected = layer.Weight + (layer.LoraB.matmul(layer.LoraA) * (rsLora ? 8 / 2.0 : 8 / 4.0));
        using var x = torch.randn(3, 6);
        using var viaAdapter = layer.forward(x);
        using var viaMerged = torch.nn.functional.linear(x, merged);

        Assert.True(merged.allclose(expected, rtol: 1e-6, atol: 1e-6));
        Assert.True(viaAdapter.allclose(viaMerged, rtol: 1e-5, atol: 1e-5));
    }

    [Fact]
    public void Lora_a_starts_kaiming_uniform_and_lora_b_at_zero()
    {
        FineTune.Pipeline.Lora.Native.TorchSharpLoader.EnsureLoaded();
        using var layer = new LoraLinear(64, 32, hasBias: false, new LoraSettings { Rank = 8 });

        var bound = 1 / Math.Sqrt(64); // kaiming_uniform(a=√5) on fan_in 64: U(-1/√fan_in, 1/√fan_in)

        Assert.Equal([8L, 64], layer.LoraA.shape);
        Assert.Equal([32L, 8], layer.LoraB.shape);
        Assert.InRange(layer.LoraA.abs().max().item<float>(), bound * 0.8, bound);
        Assert.Equal(0f, layer.LoraB.abs().max().item<float>());
    }

    [Fact]
    public void Only_lora_parameters_require_gradients()
    {
        using var model = CausalLM.Load(TinyModels.Llama, new LoraSettings { TargetModules = ["q_proj", "v_proj", "down_proj"] });

        var trainable = model.parameters().Count(p => p.requires_grad);
        var lora = model.LoraParameters();

        Assert.Equal(2 * 3 * 2, lora.Count);
        Assert.Equal(lora.Count, trainable);
        Assert.All(lora, p => Assert.True(p.Parameter.requires_grad));
    }

    [Fact]
    public void Dropout_in_training_zeroes_about_p_of_the_inputs_scales_the_rest_and_repeats_with_the_seed()
    {
        FineTune.Pipeline.Lora.Native.TorchSharpLoader.EnsureLoaded();
        // W = 0, A = B = identity, scaling 1: the layer's output is exactly dropout(x).
        using var layer = new LoraLinear(64, 64, hasBias: false, new LoraSettings { Rank = 64, Alpha = 64, Dropout = 0.25 });
        using (torch.no_grad())
        {
            layer.Weight.zero_();
            using var eye = torch.eye(64);
            layer.LoraA.copy_(eye);
            layer.LoraB.copy_(eye);
        }

        using var x = torch.ones(256, 64);
        layer.train();
        torch.manual_seed(3);
        using var first = layer.forward(x);
        torch.manual_seed(3);
        using var again = layer.forward(x);
        layer.eval();
        using var evaluated = layer.forward(x);

        var values = first.data<float>().ToArray();
        Assert.All(values, v => Assert.True(v == 0f || Math.Abs(v - (1 / 0.75f)) < 1e-6, $"{v} is neither 0 nor 1/(1-p)"));
        Assert.InRange(values.Count(v => v == 0f) / (double)values.Length, 0.23, 0.27);
        Assert.Equal(values, again.data<float>().ToArray());
        Assert.All(evaluated.data<float>().ToArray(), v => Assert.Equal(1f, v));
    }
}
