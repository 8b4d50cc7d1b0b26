using System.Globalization;
using System.Text;

namespace FineTune.Pipeline.Benchmarks.Tokens;

/// <summary>
/// Deterministic, varied text shaped like chat fine-tuning content: English prose, code, JSON, markdown,
/// numbers, other scripts and emoji, in strings of a few hundred to a few thousand characters. Besides common
/// words it draws from a Zipf-distributed lexicon of 60,000 made-up words (names, jargon, identifiers, typos),
/// so that many pieces are rare, as in real data, and caches cannot make the benchmark trivial.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ra", "ten", "vor", "shi", "qua", "bel", "dan", "ex", "tri", "um", "zo", "pre", "con",
        "ing", "tion", "al", "ly", "er", "ph", "str", "ck", "ou", "ie", "gn", "ment", "ness", "ous", "sch", "y",
    ];

    private static readonly string[] Words =
    [
        "the", "of", "and", "to", "in", "is", "you", "that", "it", "he", "was", "for", "on", "are", "as", "with",
        "his", "they", "at", "be", "this", "have", "from", "or", "one", "had", "by", "word", "but", "not", "what",
        "customer", "order", "shipping", "refund", "account", "password", "please", "thanks", "assistant",
        "model", "training", "dataset", "validation", "token", "budget", "estimate", "pipeline", "configuration",
        "However", "Therefore", "Meanwhile", "Additionally", "I'm", "don't", "you'll", "we've", "it's", "they're",
        "internationalization", "responsibilities", "troubleshooting", "approximately", "straightforward",
        "Kubernetes", "PostgreSQL", "JavaScript", "TypeScript", "GitHub", "OpenAI", "dotnet", "NuGet",
    ];

    private static readonly string[] Foreign =
    [
        "\u4eca\u5929\u5929\u6c14\u5f88\u597d\uff0c\u6211\u4eec\u53bb\u516c\u56ed\u6563\u6b65\u5427\u3002",
        "\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430? \u0412\u0441\u0451 \u0445\u043e\u0440\u043e\u0448\u043e.",
        "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645\u060c \u0643\u064a\u0641 \u062d\u0627\u0644\u0643\u061f",
        "\u304a\u8a95\u751f\u65e5\u304a\u3081\u3067\u3068\u3046\u3054\u3056\u3044\u307e\u3059\uff01",
        "Gr\u00fc\u00dfe aus M\u00fcnchen, \u00e7a va tr\u00e8s bien, se\u00f1or.",
        "\ud83d\ude00\ud83d\udc4d\ud83c\udffd \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 \ud83c\uddfa\ud83c\uddf8 \u2764\ufe0f",
    ];

    private static readonly string[] Code =
    [
        "public static int Add(int a, int b)\n{\n    return a + b;\n}\n",
        "def parse(line: str) -> dict:\n    return json.loads(line.strip())\n",
        "for (let i = 0; i < items.length; i++) {\n\tconsole.log(`item ${i}: ${items[i]}`);\n}\n",
        "SELECT id, name FROM users WHERE created_at > '2024-01-01' ORDER BY id DESC LIMIT 50;\n",
        "{\"role\": \"assistant\", \"content\": \"Sure!\", \"weight\": 1, \"tool_calls\": []}\n",
    ];

    public static List<string> Generate(int targetUtf8Bytes, int seed)
    {
        var random = new Random(seed);
        string[] lexicon = BuildLexicon(random, 60_000);
        double[] cumulative = ZipfCumulative(lexicon.Length, exponent: 1.05);
        var texts = new List<string>();
        var builder = new StringBuilder();
        long bytes = 0;
        while (bytes < targetUtf8Bytes)
        {
            builder.Clear();
            int length = random.Next(200, 3000);
            while (builder.Length < length)
            {
                AppendFragment(builder, random, lexicon, cumulative);
            }

            string text = builder.ToString();
            texts.Add(text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return texts;
    }

    private static void AppendFragment(StringBuilder builder, Random random, string[] lexicon, double[] cumulative)
    {
        int kind = random.Next(100);
        if (kind < 70)
        {
            int words = random.Next(5, 25);
            for (int i = 0; i < words; i++)
            {
                string word = random.Next(3) == 0
                    ? lexicon[Math.Min(lexicon.Length - 1, ZipfIndex(cumulative, random.NextDouble()))]
                    : Words[random.Next(Words.Length)];
                builder.Append(i == 0 ? string.Empty : " ").Append(word);
            }

            builder.Append(random.Next(4) == 0 ? ",\n" : ". ");
        }
        else if (kind < 82)
        {
            builder.Append(Code[random.Next(Code.Length)]).Append("var ")
                .Append(lexicon[random.Next(lexicon.Length)]).Append(lexicon[random.Next(lexicon.Length)].ToUpperInvariant()[..1])
                .Append(lexicon[random.Next(lexicon.Length)]).Append(" = 0x").Append(random.Next().ToString("x8", CultureInfo.InvariantCulture)).Append(";\n");
        }
        else if (kind < 90)
        {
            builder.Append(random.Next(1_000_000).ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append((random.NextDouble() * 1000).ToString("F2", CultureInfo.InvariantCulture)).Append(" USD; ");
        }
        else if (kind < 95)
        {
            builder.Append(Foreign[random.Next(Foreign.Length)]).Append(' ');
        }
        else
        {
            builder.Append("\n\n## Step ").Append(random.Next(1, 10)).Append("\n\n- **Note**: `value`\n");
        }
    }

    private static string[] BuildLexicon(Random random, int size)
    {
        var words = new string[size];
        var builder = new StringBuilder();
        for (int i = 0; i < size; i++)
        {
            builder.Clear();
            int syllables = random.Next(1, 5);
            for (int j = 0; j < syllables; j++)
            {
                builder.Append(Syllables[random.Next(Syllables.Length)]);
            }

            int shape = random.Next(10);
            string word = builder.ToString();
            words[i] = shape switch
            {
                0 => char.ToUpperInvariant(word[0]) + word[1..],
                1 => word.ToUpperInvariant(),
                2 => word + "'s",
                _ => word,
            };
        }

        return words;
    }

    private static int ZipfIndex(double[] cumulative, double u)
    {
        int index = Array.BinarySearch(cumulative, u);
        return index < 0 ? ~index : index;
    }

    private static double[] ZipfCumulative(int size, double exponent)
    {
        var cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++)
        {
            sum += 1 / Math.Pow(i + 1, exponent);
            cumulative[i] = sum;
        }

        for (int i = 0; i < size; i++)
        {
            cumulative[i] /= sum;
        }

        return cumulative;
    }
}
