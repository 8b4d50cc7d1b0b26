namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>1 − Levenshtein distance / length of the longer text, over Unicode scalars.</summary>
public static class EditSimilarity
{
    public static double Compute(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.EnumerateRunes().Select(r => r.Value).ToArray();
        var y = b.EnumerateRunes().Select(r => r.Value).ToArray();
        var longer = Math.Max(x.Length, y.Length);
        return longer == 0 ? 1 : 1 - ((double)Distance(x, y) / longer);
    }

    public static int Distance(ReadOnlySpan<int> x, ReadOnlySpan<int> y)
    {
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[y.Length];
    }
}
