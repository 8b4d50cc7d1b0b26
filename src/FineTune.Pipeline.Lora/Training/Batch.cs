using FineTune.Pipeline.Lora.Chat;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Training;

/// <summary>
/// Right-padded rows: input_ids [B, T] and, per position, the next token to predict or −100 when the
/// loss ignores it (prompt, header, padding). Right padding plus the causal mask keeps real tokens
/// from ever attending to padding.
/// </summary>
internal static class Batch
{
    public const long Ignore = -100;

    public static (Tensor InputIds, Tensor Labels) Build(IReadOnlyList<EncodedExample> rows, int padId, Device device)
    {
        var width = rows.Max(r => r.Length);
        var ids = new long[rows.Count * width];
        var labels = new long[rows.Count * width];
        Array.Fill(ids, padId);
        Array.Fill(labels, Ignore);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            for (var p = 0; p < row.Length; p++)
            {
                ids[(r * width) + p] = row.Ids[p];
                if (p + 1 < row.Length && row.Trained[p + 1])
                {
                    labels[(r * width) + p] = row.Ids[p + 1]; // position p predicts token p + 1
                }
            }
        }

        return (tensor(ids, [rows.Count, width], device: device), tensor(labels, [rows.Count, width], device: device));
    }

    /// <summary>Tokens the loss counts in these rows.</summary>
    public static int CountedTokens(IEnumerable<EncodedExample> rows) => rows.Sum(r => r.Trained.Skip(1).Count(t => t));
}
