using System.Text.Json;
using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Runner;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Lora.Tests.Chat;

/// <summary>The validator's counts for a self-hosted model are the lengths training encodes, token for token.</summary>
public sealed class ChatTemplateCounterTests
{
    private static readonly ChatMessage[][] Examples =
    [
        [new("user", "Hello!"), new("assistant", "Hi, how can I help?")],
        [new("system", "Be brief."), new("user", "What is 2 + 2?"), new("assistant", "4.")],
        [
            new("system", "You answer invoices questions for Ledgerly."),
            new("user", "  Can I export a PDF?  "),
            new("assistant", "Yes: open the invoice and choose Export → PDF."),
            new("user", "And in bulk?\nFor March."),
            new("assistant", "Select the invoices, then Export. Ünïcödé and emoji 🎉 work too."),
        ],
        [new("user", "Only a question, no reply")],
    ];

    [Theory]
    [InlineData(ModelFamily.Llama, "llama3")]
    [InlineData(ModelFamily.Qwen2, "chatml")]
    public void Counter_gives_the_length_and_trained_tokens_of_the_training_encoding(ModelFamily family, string template)
    {
        using var tokenizer = new HfTokenizer(TinyModels.Folder(family));
        using var counter = new LoraBackend().OpenTokenCounter(TinyModels.Folder(family), null, "models/tiny");

        Assert.Equal($"tokenizer.json of models/tiny ({template} template)", counter.Description);
        foreach (var example in Examples)
        {
            var encoded = new ChatEncoder(tokenizer).Encode(example);
            var cutAt = encoded.Length - 3;

            var count = counter.Count([.. example.Select(m => new ChatTurn(m.Role, m.Content))], cutAt);

            Assert.Equal(encoded.Ids.Length, count.Tokens);
            Assert.Equal(encoded.TrainedCount, count.TrainedTokens);
            Assert.Equal(encoded.Trained.Skip(cutAt).Count(t => t), count.TrainedTokensCut);
        }
    }

    [Theory]
    [InlineData(ModelFamily.Llama)]
    [InlineData(ModelFamily.Qwen2)]
    public void Validation_totals_equal_the_training_encoding_and_long_examples_are_reported_on_their_line(ModelFamily family)
    {
        using var tokenizer = new HfTokenizer(TinyModels.Folder(family));
        var encoded = Examples.Select(e => new ChatEncoder(tokenizer).Encode(e)).ToList();
        var longest = encoded.Max(e => e.Length);
        var folder = Write(Examples);

        var outcome = DatasetValidator.Validate(
            PipelineSettings.Resolve(Config(folder, TinyModels.Folder(family), maxSeqLength: longest - 5)),
            new DatasetValidatorOptions { Parallelism = 2, LoraBackend = () => new LoraBackend() });

        Assert.Equal(encoded.Sum(e => (long)e.Length), outcome.Train.Tokens.Total);
        Assert.Equal(encoded.Sum(e => (long)e.TrainedCount), outcome.Train.Tokens.Assistant);
        Assert.Equal(longest, (int)outcome.Train.TokensPerExample.Max);
        var d = Assert.Single(outcome.Diagnostics, x => x.Code == "FT3018");
        var line = encoded.FindIndex(e => e.Length == longest) + 1;
        Assert.Equal((Severity.Warning, "train.jsonl", line, 1), (d.Severity, d.File, d.Line, d.Column));
        var cut = encoded[line - 1].Trained.Skip(longest - 5).Count(t => t);
        Assert.Contains($"is {longest} tokens with the model's chat template, over train.lora.max_seq_length ({longest - 5}): training cuts the last 5 tokens, {cut} of its {encoded[line - 1].TrainedCount} assistant tokens among them", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, x => x.Code == "FT3019");
    }

    [Fact]
    public void Counting_from_many_threads_gives_the_same_counts_as_one()
    {
        using var counter = new LoraBackend().OpenTokenCounter(TinyModels.Llama, "llama3", "tiny");
        var turns = Examples.Select(e => (IReadOnlyList<ChatTurn>)[.. e.Select(m => new ChatTurn(m.Role, m.Content))]).ToArray();
        var expected = turns.Select(t => counter.Count(t, 16)).ToArray();

        var results = new ChatTemplateCount[400];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = counter.Count(turns[i % turns.Length], 16));

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % turns.Length], results[i]));
    }

    [Fact]
    public void A_folder_without_tokenizer_json_is_a_readable_error()
    {
        var ex = Assert.Throws<InvalidDataException>(() => new LoraBackend().OpenTokenCounter(TinyModels.NewTempFolder(), null, "models/empty"));

        Assert.Equal("models/empty has no tokenizer.json", ex.Message);
    }

    private static string Write(ChatMessage[][] examples)
    {
        var folder = TinyModels.NewTempFolder();
        File.WriteAllLines(Path.Combine(folder, "train.jsonl"), examples.Select(e => JsonSerializer.Serialize(new
        {
            messages = e.Select(m => new { role = m.Role, content = m.Content }),
        })));
        return folder;
    }

    private static FineTuneConfig Config(string folder, string checkpoint, int maxSeqLength) => new()
    {
        BaseDirectory = folder,
        Data = new DataConfig { Train = "train.jsonl", EvalSplit = new EvalSplitConfig { Fraction = 0 } },
        Validation = new ValidationConfig { MinExamples = 1 },
        Train = new TrainConfig { Provider = Providers.Lora, BaseModel = "tiny", Lora = new LoraConfig { MaxSeqLength = maxSeqLength } },
        Models = new Dictionary<string, ModelOverride>(StringComparer.Ordinal) { ["tiny"] = new() { Provider = Providers.Lora, Path = checkpoint } },
    };
}
