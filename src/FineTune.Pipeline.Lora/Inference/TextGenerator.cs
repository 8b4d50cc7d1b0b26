using FineTune.Pipeline.Lora.Model;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>
/// Autoregressive decoding with the KV cache: the prompts run once, then one token per row and step.
/// A batch is left-padded (the cache carries the padding: attention mask and per-row positions); each row
/// stops on its own at a stop id (end of turn, end of sequence) or after its <see cref="SamplingOptions.MaxNewTokens"/>,
/// and leaves the batch, so the others go on without it. Each row samples from its own seeded generator, so a
/// row gives the same tokens in a batch as alone. Whether the adapter takes part is the model's switch
/// (<see cref="CausalLM.SetAdapterEnabled"/>).
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
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(options);
        return Generate(model, [new GenerationRequest(prompt, options)], stopIds, cancellationToken)[0];
    }

    /// <summary>Generates for every request together; results in request order.</summary>
    public static IReadOnlyList<GenerationResult> Generate(
        CausalLM model,
        IReadOnlyList<GenerationRequest> requests,
        IReadOnlySet<int> stopIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(stopIds);
        if (requests.Any(r => r.Prompt.Count == 0))
        {
            throw new ArgumentException("A prompt has no tokens.", nameof(requests));
        }

        var results = new GenerationResult?[requests.Count];
        var outputs = requests.Select(_ => new List<int>()).ToArray();
        var randoms = requests.Select(r => new Random(r.Options.Seed)).ToArray();
        var rows = Enumerable.Range(0, requests.Count).Where(r => requests[r].Options.MaxNewTokens > 0).ToList(); // batch row → request
        foreach (var r in Enumerable.Range(0, requests.Count).Except(rows))
        {
            results[r] = new GenerationResult([], GenerationResult.Length);
        }

        if (rows.Count > 0)
        {
            using var noGrad = no_grad();
            model.eval();
            var width = rows.Max(r => requests[r].Prompt.Count);
            using var cache = new KvCache(model.Config.NumHiddenLayers, rows.Select(r => (long)(width - requests[r].Prompt.Count)).ToList());
            var next = LeftPadded(rows.Select(r => requests[r].Prompt).ToList(), width);
            var columns = (long)width;
            while (rows.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                var ids = tensor(next, [rows.Count, columns], device: model.Device); // [B, T]
                var hidden = model.Hidden(ids, cache);                               // [B, T, H]
                var logits = model.Logits(hidden.select(1, -1));                     // [B, V]
                var greedy = logits.argmax(-1).cpu().data<long>().ToArray();        // [B]
                var kept = new List<long>();
                var tokens = new List<long>();
                for (var b = 0; b < rows.Count; b++)
                {
                    var (r, request) = (rows[b], requests[rows[b]]);
                    var token = request.Options.Temperature <= 0 ? (int)greedy[b] : TokenPicker.Pick(logits[b], request.Options, randoms[r]);
                    if (request.CancellationToken.IsCancellationRequested)
                    {
                        results[r] = new GenerationResult(outputs[r], GenerationResult.Cancelled);
                    }
                    else if (stopIds.Contains(token))
                    {
                        results[r] = new GenerationResult(outputs[r], GenerationResult.Stop);
                    }
                    else
                    {
                        outputs[r].Add(token);
                        if (outputs[r].Count == request.Options.MaxNewTokens)
                        {
                            results[r] = new GenerationResult(outputs[r], GenerationResult.Length);
                        }
                        else
                        {
                            kept.Add(b);
                            tokens.Add(token);
                        }
                    }
                }

                if (kept.Count < rows.Count && kept.Count > 0)
                {
                    cache.Keep(kept);                                                 // finished rows leave the batch
                }

                rows = kept.Select(b => rows[(int)b]).ToList();
                (next, columns) = ([.. tokens], 1);
            }
        }

        return results.Select(r => r!).ToList();
    }

    /// <summary>Prompts right-aligned in a [B, width] row-major array; the padding id is 0 (hidden by the mask, never predicted from).</summary>
    private static long[] LeftPadded(List<IReadOnlyList<int>> prompts, int width)
    {
        var ids = new long[prompts.Count * width];
        for (var b = 0; b < prompts.Count; b++)
        {
            var offset = (b * width) + width - prompts[b].Count;
            for (var i = 0; i < prompts[b].Count; i++)
            {
                ids[offset + i] = prompts[b][i];
            }
        }

        return ids;
    }
}
