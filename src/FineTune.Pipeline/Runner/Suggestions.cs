namespace FineTune.Pipeline.Runner;

/// <summary>"Did you mean" for mistyped names: the closest candidate by edit distance, if close enough.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="input"/>, or null when none is within a third of its length (at least 2 edits).</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        var threshold = Math.Max(2, input.Length / 3);
        return candidates
            .Select(c => (Name: c, Distance: Distance(input.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(c => c.Distance <= threshold)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), as the config's suggestions measure it.</summary>
    public static int Distance(string a, string b) => Config.Binding.Suggestions.Distance(a, b);
}
