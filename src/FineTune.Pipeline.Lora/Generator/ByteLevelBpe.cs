using System.Text;
using System.Text.RegularExpressions;

namespace FineTune.Pipeline.Lora.Generator;

/// <summary>
/// A byte-level BPE vocabulary (GPT-2 byte-to-unicode alphabet, ids 0–255 = bytes) with merges learned
/// deterministically from a fixed English text; enough for a real <c>tokenizer.json</c>.
/// </summary>
public static partial class ByteLevelBpe
{
    private const string Corpus = """
        The user asks a question and the assistant gives a short answer. Hello! How are you today?
        The answer is yes. The answer is no. Please reply in one sentence. Thank you for the data.
        What is the capital of France? Paris is the capital of France. Summarize the following text.
        """;

    /// <summary>The 256 byte tokens in GPT-2's printable alphabet, indexed by byte value.</summary>
    public static string[] ByteAlphabet()
    {
        var printable = Enumerable.Range('!', '~' - '!' + 1).Concat(Enumerable.Range('¡', '¬' - '¡' + 1)).Concat(Enumerable.Range('®', 'ÿ' - '®' + 1)).ToHashSet();
        var alphabet = new string[256];
        var extra = 0;
        for (var b = 0; b < 256; b++)
        {
            alphabet[b] = ((char)(printable.Contains(b) ? b : 256 + extra++)).ToString();
        }

        return alphabet;
    }

    /// <summary>Vocabulary (token → id) and merges ("a b"), byte tokens first.</summary>
    public static (List<string> Vocabulary, List<string> Merges) Train(int merges)
    {
        var alphabet = ByteAlphabet();
        var words = Words().Matches(Corpus.ReplaceLineEndings(" ")).Select(m => Encoding.UTF8.GetBytes(m.Value).Select(b => alphabet[b]).ToList()).ToList();
        var vocabulary = alphabet.ToList();
        var mergeList = new List<string>();
        for (var i = 0; i < merges; i++)
        {
            var best = words.SelectMany(w => w.Zip(w.Skip(1), (a, b) => (a, b)))
                .GroupBy(p => p)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.a + " " + g.Key.b, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is null || best.Count() < 2)
            {
                break;
            }

            var (left, right) = best.Key;
            mergeList.Add(left + " " + right);
            vocabulary.Add(left + right);
            foreach (var word in words)
            {
                for (var j = 0; j < word.Count - 1; j++)
                {
                    if (word[j] == left && word[j + 1] == right)
                    {
                        word[j] = left + right;
                        word.RemoveAt(j + 1);
                    }
                }
            }
        }

        return (vocabulary, mergeList);
    }

    // GPT-2's pre-tokenizer pattern, as the ByteLevel pre-tokenizer applies it.
    [GeneratedRegex(@"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+")]
    private static partial Regex Words();
}
