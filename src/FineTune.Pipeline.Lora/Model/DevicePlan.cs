using FineTune.Pipeline.Config;
using TorchSharp;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>
/// Where the model lives and in which dtypes, chosen once from <c>train.lora.device</c>: fp32 everywhere on
/// the CPU (bf16 matmuls are 40–500× slower on CPUs without AVX512-BF16/AMX); on CUDA the frozen base in
/// bf16 and the trainable LoRA matrices in fp32. There is no autocast in TorchSharp: the dtypes are explicit
/// (<see cref="Adapters.LoraLinear"/> runs the adapter in its own dtype, the loss is taken on fp32 logits).
/// </summary>
public sealed record DevicePlan(DeviceType Device, ScalarType BaseDtype, ScalarType LoraDtype)
{
    public static DevicePlan Cpu { get; } = new(DeviceType.CPU, ScalarType.Float32, ScalarType.Float32);

    public static DevicePlan Cuda { get; } = new(DeviceType.CUDA, ScalarType.BFloat16, ScalarType.Float32);

    /// <summary><c>auto</c> is CUDA when a device is usable, else CPU; <c>cpu</c> and <c>cuda</c> are taken as asked.</summary>
    public static DevicePlan Choose(LoraDevice requested, bool cudaAvailable) => requested switch
    {
        LoraDevice.Cpu => Cpu,
        LoraDevice.Cuda => Cuda,
        _ => cudaAvailable ? Cuda : Cpu,
    };

    /// <summary>For logs: <c>CPU, fp32</c> or <c>CUDA, bf16 base + fp32 LoRA</c>.</summary>
    public string Describe() => BaseDtype == LoraDtype
        ? $"{Device}, {Short(BaseDtype)}"
        : $"{Device}, {Short(BaseDtype)} base + {Short(LoraDtype)} LoRA";

    private static string Short(ScalarType dtype) => dtype switch
    {
        ScalarType.Float32 => "fp32",
        ScalarType.BFloat16 => "bf16",
        ScalarType.Float16 => "fp16",
        _ => dtype.ToString(),
    };
}
