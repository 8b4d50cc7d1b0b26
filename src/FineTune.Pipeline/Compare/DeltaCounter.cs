namespace FineTune.Pipeline.Compare;

/// <summary>
/// Counts added, removed, changed and unchanged examples between two versions, as multisets:
/// identical examples pair first, then an example whose prompt is still there with another answer
/// counts as changed. Memory is one fingerprint per old example plus one per unmatched new one.
/// </summary>
public static class DeltaCounter
{
    public static DeltaCounts Count(IEnumerable<ExampleFingerprint> previous, IEnumerable<ExampleFingerprint> current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);

        var remaining = new Dictionary<UInt128, Dictionary<UInt128, int>>();
        foreach (var fp in previous)
        {
            var answers = remaining.TryGetValue(fp.Prompt, out var found) ? found : remaining[fp.Prompt] = [];
            answers[fp.Answer] = answers.GetValueOrDefault(fp.Answer) + 1;
        }

        var unchanged = 0;
        var unmatchedPrompts = new List<UInt128>();
        foreach (var fp in current)
        {
            if (remaining.TryGetValue(fp.Prompt, out var answers) && Take(answers, fp.Answer))
            {
                unchanged++;
            }
            else
            {
                unmatchedPrompts.Add(fp.Prompt);
            }
        }

        var changed = 0;
        var added = 0;
        foreach (var prompt in unmatchedPrompts)
        {
            if (remaining.TryGetValue(prompt, out var answers) && answers.Count > 0 && Take(answers, answers.Keys.First()))
            {
                changed++;
            }
            else
            {
                added++;
            }
        }

        var removed = remaining.Values.Sum(a => a.Values.Sum());
        return new DeltaCounts(added, removed, changed, unchanged);
    }

    private static bool Take(Dictionary<UInt128, int> answers, UInt128 answer)
    {
        if (!answers.TryGetValue(answer, out var count))
        {
            return false;
        }

        if (count == 1)
        {
            answers.Remove(answer);
        }
        else
        {
            answers[answer] = count - 1;
        }

        return true;
    }
}
