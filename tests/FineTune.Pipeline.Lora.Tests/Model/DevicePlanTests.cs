using FineTune.Pipeline.Config;
using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Model;
using FineTune.Pipeline.Lora.Tests.Training;
using FineTune.Pipeline.Lora.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Tests.Model;

public sealed class DevicePlanTests
{
    [Theory]
    [InlineData(LoraDevice.Auto, true, DeviceType.CUDA)]
    [InlineData(LoraDevice.Auto, false, DeviceType.CPU)]
    [InlineData(LoraDevice.Cpu, true, DeviceType.CPU)]
    [InlineData(LoraDevice.Cuda, true, DeviceType.CUDA)]
    public void Device_setting_picks_the_device(LoraDevice requested, bool cudaAvailable, DeviceType expected)
    {
        Assert.Equal(expected, DevicePlan.Choose(requested, cudaAvailable).Device);
    }

    [Fact]
    public void Cpu_is_fp32_throughout_and_cuda_is_a_bf16_base_with_fp32_lora()
    {
        Assert.Equal((ScalarType.Float32, ScalarType.Float32), (DevicePlan.Cpu.BaseDtype, DevicePlan.Cpu.LoraDtype));
        Assert.Equal((ScalarType.BFloat16, ScalarType.Float32), (DevicePlan.Cuda.BaseDtype, DevicePlan.Cuda.LoraDtype));
        Assert.Equal("CPU, fp32", DevicePlan.Cpu.Describe());
        Assert.Equal("CUDA, bf16 base + fp32 LoRA", DevicePlan.Cuda.Describe());
    }

    [Fact]
    public void Cuda_dtype_plan_casts_the_base_to_bf16_keeps_lora_fp32_and_trains()
    {
        // The CUDA plan's dtypes, applied on the CPU (the only device here): the same code path minus the device move.
        using var tokenizer = new HfTokenizer(TinyModels.Qwen2);
        var settings = new LoraSettings { Rank = 4, Alpha = 8, Dropout = 0, TargetModules = LoraSettings.AllTargets };
        using var reference = CausalLM.Load(TinyModels.Qwen2, settings, seed: 1);
        using var model = CausalLM.Load(TinyModels.Qwen2, settings, seed: 1);
        var names = model.named_parameters().Select(p => p.name).ToList();

        model.Place(DevicePlan.Cuda with { Device = DeviceType.CPU });

        Assert.Equal(names, model.named_parameters().Select(p => p.name).ToList()); // no stray "_weight" parameters
        Assert.All(model.named_parameters(), p => Assert.Equal(CausalLM.IsLoraName(p.name) ? ScalarType.Float32 : ScalarType.BFloat16, p.parameter.dtype));
        Assert.All(model.named_parameters(), p => Assert.Equal(CausalLM.IsLoraName(p.name), p.parameter.requires_grad));
        Assert.All(model.LoraLayers(), l => Assert.Equal(ScalarType.BFloat16, l.Weight.dtype));

        using var ids = tensor(new long[] { 3, 17, 99, 4, 250, 8 }, [1, 6]);
        using var expected = reference.Forward(ids);
        using var actual = model.Forward(ids);
        using var actual32 = actual.to(ScalarType.Float32);
        var error = (actual32 - expected).abs().max().item<float>() / expected.abs().max().item<float>();
        Assert.True(error < 0.05, $"bf16 logits differ from fp32 by {error:P1} of the largest logit");

        var result = new LoraTrainer(model, tokenizer.PadId, new TrainingOptions { Epochs = 1, BatchSize = 4, LearningRate = 1e-2 })
            .Train(ToyTask.Examples(tokenizer, 4), [], TinyModels.NewTempFolder());
        Assert.True(double.IsFinite(result.StepLosses[0]));
        Assert.All(model.LoraParameters(), p => Assert.Equal(ScalarType.Float32, p.Parameter.dtype));
    }
}
