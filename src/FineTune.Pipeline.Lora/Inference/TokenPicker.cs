using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>Greedy argmax, or a draw from the temperature-scaled, top-p-truncated distribution.</summary>
internal static class TokenPicker
{
    public static int Pick(Tensor logits, SamplingOptions options, Random random)
    {
        if (options.Temperature <= 0)
        {
            return (int)logits.argmax().item<long>();
        }

        using var scaled = logits.to(ScalarType.Float32) / options.Temperature;
        using var probabilities = scaled.softmax(0).cpu();
        var p = probabilities.data<float>().ToArray();
        var order = Enumerable.Range(0, p.Length).OrderByDescending(i => p[i]).ThenBy(i => i).ToArray();

        // Nucleus: keep the most likely tokens until their mass reaches top_p (always at least one).
        var kept = 0;
        var mass = 0.0;
        while (kept < order.Length && (kept == 0 || mass < options.TopP))
        {
            mass += p[order[kept]];
            kept++;
        }

        var draw = random.NextDouble() * mass;
        for (var k = 0; k < kept; k++)
        {
            draw -= p[order[k]];
            if (draw <= 0)
            {
                return order[k];
            }
        }

        return order[kept - 1];
    }
}
