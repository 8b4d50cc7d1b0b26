using System.Globalization;
using System.Text.RegularExpressions;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>
/// Strict parsing of judge replies: reasoning first, then exactly one final line <c>Score: N</c> (or
/// <c>Winner: A|B|tie</c>). Anything else — a missing line, two verdicts, a score out of range, no
/// reasoning — is a parse failure, which the evaluation counts as an error, never as a zero.
/// </summary>
public static partial class JudgeOutputParser
{
    public static (int? Score, string Reasoning, string? Error) ParseScore(string reply, int min = 1, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var (verdict, reasoning, error) = FinalLine(reply, ScoreLine(), "Score: N");
        if (error is not null)
        {
            return (null, reasoning, error);
        }

        var value = int.Parse(verdict!, NumberStyles.None, CultureInfo.InvariantCulture);
        return value < min || value > max
            ? (null, reasoning, $"judge score {value} is outside {min}..{max}")
            : (value, reasoning, null);
    }

    /// <summary>Parses <c>Winner: A|B|tie</c>: returns "A", "B" or "tie".</summary>
    public static (string? Winner, string Reasoning, string? Error) ParseWinner(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var (verdict, reasoning, error) = FinalLine(reply, WinnerLine(), "Winner: A|B|tie");
        return error is not null ? (null, reasoning, error) : (verdict!.Length == 1 ? verdict : "tie", reasoning, null);
    }

    private static (string? Verdict, string Reasoning, string? Error) FinalLine(string reply, Regex pattern, string expected)
    {
        var lines = reply.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var verdictLines = lines.Where(l => pattern.IsMatch(l) || l.StartsWith(expected.Split(':')[0] + ":", StringComparison.OrdinalIgnoreCase)).ToList();
        var excerpt = Excerpt(reply);
        if (verdictLines.Count == 0)
        {
            return (null, string.Empty, $"judge reply has no '{expected}' line: \"{excerpt}\"");
        }

        if (verdictLines.Count > 1)
        {
            return (null, string.Empty, $"judge reply has {verdictLines.Count} verdict lines, expected one '{expected}': \"{excerpt}\"");
        }

        var match = pattern.Match(lines[^1]);
        if (!match.Success)
        {
            return (null, string.Empty, $"judge reply does not end with '{expected}': \"{excerpt}\"");
        }

        var reasoning = string.Join(" ", lines.Take(lines.Count - 1));
        reasoning = reasoning.StartsWith("Reasoning:", StringComparison.OrdinalIgnoreCase) ? reasoning["Reasoning:".Length..].Trim() : reasoning;
        return reasoning.Length == 0
            ? (null, string.Empty, $"judge gave a verdict without reasoning before it: \"{excerpt}\"")
            : (match.Groups[1].Value, reasoning, null);
    }

    private static string Excerpt(string reply)
    {
        var flat = reply.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 120 ? flat : string.Concat(flat.AsSpan(0, 117), "...");
    }

    [GeneratedRegex(@"^Score:\s*(\d+)$")]
    private static partial Regex ScoreLine();

    [GeneratedRegex(@"^Winner:\s*(A|B|tie)$")]
    private static partial Regex WinnerLine();
}
