using System.Text.Json;
using FineTune.Pipeline.Evaluation.Scorers;

namespace FineTune.Pipeline.Evaluation.Overfitting;

/// <summary>
/// The assistant answers of the training set, normalised (case, whitespace, punctuation) and indexed by
/// word trigrams so that a near copy is found without comparing against every training answer.
/// </summary>
public sealed class TrainingAnswerIndex
{
    private const int MaxCandidates = 5;
    private readonly List<(string Normalized, string Original, int Line)> _answers = [];
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _trigrams = new(StringComparer.Ordinal);

    public int Count => _answers.Count;

    /// <summary>Indexes every assistant message of a chat JSONL file (lines that do not parse are ignored: the validator reports them).</summary>
    /// <param name="path">The training JSONL.</param>
    /// <param name="include">Which lines count (for example: not in the eval split); null: all.</param>
    public static TrainingAnswerIndex FromJsonl(string path, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var index = new TrainingAnswerIndex();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (include is not null && !include(text))
            {
                continue;
            }

            foreach (var answer in AssistantTexts(text))
            {
                index.Add(answer, line);
            }
        }

        return index;
    }

    public void Add(string answer, int line)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var normalized = TextNormalizer.Loose.Normalize(answer);
        if (normalized.Length == 0 || _exact.ContainsKey(normalized))
        {
            return;
        }

        var id = _answers.Count;
        _answers.Add((normalized, answer, line));
        _exact[normalized] = id;
        foreach (var trigram in Trigrams(normalized).Distinct(StringComparer.Ordinal))
        {
            if (!_trigrams.TryGetValue(trigram, out var list))
            {
                _trigrams[trigram] = list = [];
            }

            list.Add(id);
        }
    }

    /// <summary>The most similar training answer (edit similarity after normalisation), or null when none shares a trigram.</summary>
    public (double Similarity, string TrainingAnswer, int Line)? BestMatch(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var normalized = TextNormalizer.Loose.Normalize(answer);
        if (_exact.TryGetValue(normalized, out var exact))
        {
            return (1, _answers[exact].Original, _answers[exact].Line);
        }

        var votes = new Dictionary<int, int>();
        foreach (var trigram in Trigrams(normalized).Distinct(StringComparer.Ordinal))
        {
            if (_trigrams.TryGetValue(trigram, out var ids))
            {
                foreach (var id in ids)
                {
                    votes[id] = votes.GetValueOrDefault(id) + 1;
                }
            }
        }

        (double Similarity, string TrainingAnswer, int Line)? best = null;
        foreach (var id in votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).Take(MaxCandidates).Select(v => v.Key))
        {
            var similarity = EditSimilarity.Compute(normalized, _answers[id].Normalized);
            if (best is null || similarity > best.Value.Similarity)
            {
                best = (similarity, _answers[id].Original, _answers[id].Line);
            }
        }

        return best;
    }

    private static IEnumerable<string> Trigrams(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            yield return string.Join(' ', words);
            yield break;
        }

        for (var i = 0; i + 2 < words.Length; i++)
        {
            yield return $"{words[i]} {words[i + 1]} {words[i + 2]}";
        }
    }

    private static string[] AssistantTexts(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            if (!document.RootElement.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return messages.EnumerateArray()
                .Where(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("role", out var r) && r.ValueEquals("assistant")
                    && m.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String)
                .Select(m => m.GetProperty("content").GetString()!)
                .ToArray();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
