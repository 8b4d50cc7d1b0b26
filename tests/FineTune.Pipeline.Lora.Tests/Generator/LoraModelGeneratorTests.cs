using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Tests.Generator;

public sealed class LoraModelGeneratorTests
{
    [Theory]
    [InlineData(ModelFamily.Llama)]
    [InlineData(ModelFamily.Qwen2)]
    public void Same_spec_writes_byte_identical_files(ModelFamily family)
    {
        var first = TinyModels.NewTempFolder();
        var second = TinyModels.NewTempFolder();

        LoraModelGenerator.Generate(first, new TinyModelSpec { Family = family, Seed = 3 });
        LoraModelGenerator.Generate(second, new TinyModelSpec { Family = family, Seed = 3 });

        string[] files = ["config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"];
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public void Another_seed_gives_other_weights()
    {
        var other = TinyModels.NewTempFolder();
        LoraModelGenerator.Generate(other, new TinyModelSpec { Family = ModelFamily.Llama, Seed = 8 });

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(TinyModels.Llama, "model.safetensors")), File.ReadAllBytes(Path.Combine(other, "model.safetensors")));
    }

    [Theory]
    [InlineData(ModelFamily.Llama, "<|eot_id|>", ChatFormat.Llama3)]
    [InlineData(ModelFamily.Qwen2, "<|im_end|>", ChatFormat.ChatMl)]
    public void Tokenizer_round_trips_text_and_knows_the_family_special_tokens(ModelFamily family, string endOfTurn, ChatFormat format)
    {
        using var tokenizer = new HfTokenizer(TinyModels.Folder(family));
        const string Text = "The answer is yes. Ünïcode ✓ 42";

        var ids = tokenizer.Encode(Text);

        Assert.Equal(Text, tokenizer.Decode(ids));
        Assert.True(ids.Length < System.Text.Encoding.UTF8.GetByteCount(Text), "merges shorten the text");
        Assert.Equal([tokenizer.SpecialId(endOfTurn)], tokenizer.Encode(endOfTurn));
        Assert.Equal(format, tokenizer.Format);
    }

    [Fact]
    public void Generated_config_reads_back_with_llama3_rope_scaling_and_tied_embeddings()
    {
        var config = ModelConfig.Load(Path.Combine(TinyModels.Llama, "config.json"));

        Assert.Equal("LlamaForCausalLM", config.Architecture);
        Assert.True(config.TieWordEmbeddings);
        Assert.Equal(new RopeScaling(8, 1, 4, 64), config.RopeScaling);
        Assert.Equal(16, config.HeadDim);
        Assert.Equal(2, config.NumKeyValueHeads);
        Assert.Equal(304, config.VocabSize); // 256 bytes + 40 merges + 5 specials, rounded up to 16
    }
}
