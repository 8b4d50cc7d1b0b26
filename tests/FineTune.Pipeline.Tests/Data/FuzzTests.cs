using System.Text;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Splitting;
using FineTune.Pipeline.Tests.Data.Rules;

namespace FineTune.Pipeline.Tests.Data;

public sealed class FuzzTests
{
    private static readonly byte[][] Seeds =
    [
        Encoding.UTF8.GetBytes(Examples.Valid),
        Encoding.UTF8.GetBytes(StructureRuleTests.ToolExample),
        Encoding.UTF8.GetBytes("""{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]}"""),
        Encoding.UTF8.GetBytes("""{"messages":[{"role":"user","content":[{"type":"text","text":"é🙂 \u00e9 <|endoftext|> sk-proj-Abc123Def456Ghi789Jkl012"}]},{"role":"assistant","content":"x","weight":0}]}"""),
    ];

    private static readonly byte[] Interesting = "{}[]\",:\\\n\r 0-eE.tfnu\x00"u8.ToArray().Concat(new byte[] { 0xFF, 0xC3, 0xE2, 0x80, 0xF0 }).ToArray();

    [Fact]
    public void Random_bytes_and_mutated_examples_never_throw()
    {
        var random = new Random(20261129);
        using var data = new TempDataset();
        for (var i = 0; i < 400; i++)
        {
            var bytes = i % 4 == 0 ? RandomBytes(random) : Mutate(random, random.Next(3) == 0 ? Join(random) : Seeds[random.Next(Seeds.Length)]);
            data.WriteBytes("train.jsonl", bytes);
            var config = data.Config() with
            {
                Data = new DataConfig
                {
                    Train = "train.jsonl",
                    Format = i % 5 == 0 ? DataFormat.Dpo : DataFormat.Chat,
                    EvalSplit = new EvalSplitConfig { Fraction = i % 2 == 0 ? 0.5 : 0 },
                },
                Validation = new ValidationConfig { MinExamples = 1, MaxLineBytes = 200 + random.Next(400) },
            };

            var outcome = data.Validate(config, parallelism: 1 + (i % 2), chunkSize: 16 + random.Next(64));

            Assert.NotNull(outcome.Train);
            Assert.All(outcome.Diagnostics, d => Assert.True(d.Line >= 0 && d.Column >= 0 && d.Message.Length > 0));
            _ = new EvalSplitter(new EvalSplitConfig()).IsEval(bytes);
        }
    }

    [Fact]
    public void Parser_survives_random_bytes_even_without_utf8_validation()
    {
        var random = new Random(7);
        var parser = new FineTune.Pipeline.Data.Parsing.ExampleParser();
        using var example = new FineTune.Pipeline.Data.Model.ChatExample();
        for (var i = 0; i < 5000; i++)
        {
            var bytes = i % 2 == 0 ? RandomBytes(random) : Mutate(random, Seeds[random.Next(Seeds.Length)]);
            var result = parser.Parse(bytes, example);
            Assert.InRange(result.ByteOffset, 0, bytes.Length);
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = random.Next(3) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)];
        }

        return bytes;
    }

    private static byte[] Join(Random random)
        => [.. Enumerable.Range(0, 1 + random.Next(4)).SelectMany(_ => Seeds[random.Next(Seeds.Length)].Append((byte)'\n'))];

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = seed.ToList();
        var edits = 1 + random.Next(6);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(20)));
                    break;
            }
        }

        return [.. bytes];
    }
}
