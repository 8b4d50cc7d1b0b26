namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>ROUGE-L F1: longest common subsequence of words between answer and reference (Lin 2004, β = 1).</summary>
public sealed class RougeLScorer(string name, double weight) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(Score.Of(RougeL(input.Answer, input.Item.Reference)));
    }

    public static double RougeL(string answer, string reference)
    {
        var a = WordTokenizer.Tokenize(answer);
        var r = WordTokenizer.Tokenize(reference);
        if (a.Count == 0 || r.Count == 0)
        {
            return a.Count == r.Count ? 1 : 0;
        }

        var lcs = LongestCommonSubsequence(a, r);
        if (lcs == 0)
        {
            return 0;
        }

        var precision = (double)lcs / a.Count;
        var recall = (double)lcs / r.Count;
        return 2 * precision * recall / (precision + recall);
    }

    public static int LongestCommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }
}
