using FineTune.Pipeline.Lora.Adapters;
using TorchSharp;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>Builds a linear projection: a <see cref="LoraLinear"/> when LoRA targets the name, else a plain frozen linear.</summary>
internal static class Projection
{
    public static nn.Module<Tensor, Tensor> Create(string name, long inFeatures, long outFeatures, bool bias, LoraSettings? lora)
    {
        if (lora is not null && lora.Targets(name))
        {
            return new LoraLinear(inFeatures, outFeatures, bias, lora);
        }

        return nn.Linear(inFeatures, outFeatures, hasBias: bias);
    }
}
