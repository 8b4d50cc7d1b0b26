namespace OpenAI.Emulator;

/// <summary>
/// How the emulator's models answer, deterministically. A fine-tuned model answers with the training
/// answer whose prompt matches the request's last user message: an exact match (ignoring case and
/// surrounding space) first, otherwise the prompt with the highest word overlap (Jaccard index of
/// word sets; ties go to the earlier line). With no overlap at all, or from a base model, the reply
/// is <see cref="BaseModelReply"/>.
/// </summary>
public static class ChatResponder
{
    /// <summary>What base models (and fine-tuned models with no matching prompt) say to everything.</summary>
    public const string BaseModelReply = "I'm not sure. Could you give me more details?";

    public static string Answer(IReadOnlyList<TrainingExample> examples, string prompt) =>
        BestMatch(examples, prompt)?.Answer ?? BaseModelReply;

    /// <summary>The training example whose prompt best matches, or null when no word is shared.</summary>
    public static TrainingExample? BestMatch(IReadOnlyList<TrainingExample> examples, string prompt)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(prompt);
        var exact = examples.FirstOrDefault(e => string.Equals(e.Prompt.Trim(), prompt.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var words = ChatText.Words(prompt).ToHashSet(StringComparer.Ordinal);
        TrainingExample? best = null;
        var bestScore = 0.0;
        foreach (var example in examples)
        {
            var other = ChatText.Words(example.Prompt).ToHashSet(StringComparer.Ordinal);
            var union = words.Union(other).Count();
            var score = union == 0 ? 0 : words.Intersect(other).Count() / (double)union;
            if (score > bestScore)
            {
                (best, bestScore) = (example, score);
            }
        }

        return best;
    }
}
