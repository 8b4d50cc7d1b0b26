using TorchSharp;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>Rotary position embeddings in the rotate-half layout, with Llama 3 frequency scaling.</summary>
public static class Rope
{
    /// <summary>Inverse frequencies [head_dim / 2], as transformers' <c>_compute_llama3_parameters</c> computes them.</summary>
    public static float[] InverseFrequencies(ModelConfig config)
    {
        var dim = config.HeadDim;
        var inv = new float[dim / 2];
        for (var i = 0; i < inv.Length; i++)
        {
            inv[i] = (float)(1.0 / Math.Pow(config.RopeTheta, (float)(2 * i) / dim));
        }

        if (config.RopeScaling is not { } s)
        {
            return inv;
        }

        var lowFreqWavelen = s.OriginalMaxPositionEmbeddings / s.LowFreqFactor;
        var highFreqWavelen = s.OriginalMaxPositionEmbeddings / s.HighFreqFactor;
        for (var i = 0; i < inv.Length; i++)
        {
            var wavelen = 2 * Math.PI / inv[i];
            if (wavelen > lowFreqWavelen)
            {
                inv[i] = (float)(inv[i] / s.Factor);
            }
            else if (wavelen >= highFreqWavelen)
            {
                var smooth = ((s.OriginalMaxPositionEmbeddings / wavelen) - s.LowFreqFactor) / (s.HighFreqFactor - s.LowFreqFactor);
                inv[i] = (float)(((1 - smooth) * inv[i] / s.Factor) + (smooth * inv[i]));
            }
        }

        return inv;
    }

    /// <summary>cos and sin tables [positions, head_dim] for positions start..start+length.</summary>
    public static (Tensor Cos, Tensor Sin) Tables(float[] inverseFrequencies, long start, long length, Device device)
    {
        using var inv = tensor(inverseFrequencies, device: device);
        using var positions = arange(start, start + length, dtype: float32, device: device);
        using var freqs = outer(positions, inv);        // [T, D/2]
        using var emb = cat([freqs, freqs], dim: -1);    // [T, D]
        return (emb.cos(), emb.sin());
    }

    /// <summary>cos and sin tables [B, 1, T, head_dim] for per-row positions [B, T] (left-padded batches).</summary>
    public static (Tensor Cos, Tensor Sin) Tables(float[] inverseFrequencies, Tensor positions)
    {
        using var inv = tensor(inverseFrequencies, device: positions.device);
        using var p = positions.to(float32).unsqueeze(-1);  // [B, T, 1]
        using var freqs = p * inv;                          // [B, T, D/2]
        using var emb = cat([freqs, freqs], dim: -1).unsqueeze(1); // [B, 1, T, D]
        return (emb.cos(), emb.sin());
    }

    /// <summary>
    /// x [B, heads, T, D] rotated: x·cos + rotate_half(x)·sin, with rotate_half(x)·sin computed as roll(x, D/2)·[−sin₁, sin₂]
    /// (the same products bit for bit; one roll instead of two slices, a neg and a cat, about half the time with backward).
    /// </summary>
    public static Tensor Apply(Tensor x, Tensor cos, Tensor sin)
    {
        var half = x.shape[^1] / 2;
        using var scope = NewDisposeScope();
        var signedSin = cat([sin[TensorIndex.Ellipsis, TensorIndex.Slice(0, half)].neg(), sin[TensorIndex.Ellipsis, TensorIndex.Slice(half)]], dim: -1);
        return ((x * cos) + (x.roll(half, -1) * signedSin)).MoveToOuterDisposeScope();
    }
}
