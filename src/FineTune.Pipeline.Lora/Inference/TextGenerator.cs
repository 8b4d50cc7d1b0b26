using FineTune.Pipeline.Lora.Model;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>
/// Autoregressive decoding with the KV cache: the prompt runs once, then one token per step.
/// Stops on any of the stop ids (end of turn, end of sequence) or after <see cref="SamplingOptions.MaxNewTokens"/>.
/// Whether the adapter takes part is the model's switch (<see cref="CausalLM.SetAdapterEnabled"/>).
/// </summary>
public static class TextGenerator
{
    public static GenerationResult Generate(
        CausalLM model,
        IReadOnlyList<int> prompt,
        IReadOnlySet<int> stopIds,
        SamplingOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(stopIds);
        ArgumentNullException.ThrowIfNull(options);
        if (prompt.Count == 0)
        {
            throw new ArgumentException("The prompt has no tokens.", nameof(prompt));
        }

        using var noGrad = no_grad();
        model.eval();
        var device = model.parameters().First().device;
        var random = new Random(options.Seed);
        using var cache = new KvCache(model.Config.NumHiddenLayers);
        var output = new List<int>();
        var next = prompt.Select(t => (long)t).ToArray();
        for (var i = 0; i < options.MaxNewTokens; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            var ids = tensor(next, [1, next.Length], device: device);          // [1, T]
            var hidden = model.Hidden(ids, cache);                             // [1, T, H]
            var logits = model.Logits(hidden.select(1, -1)).squeeze(0);        // [V]
            var token = TokenPicker.Pick(logits, options, random);
            if (stopIds.Contains(token))
            {
                return new GenerationResult(output, GenerationResult.Stop);
            }

            output.Add(token);
            next = [token];
        }

        return new GenerationResult(output, GenerationResult.Length);
    }
}
