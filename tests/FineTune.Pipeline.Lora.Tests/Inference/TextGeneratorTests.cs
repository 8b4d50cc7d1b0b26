using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Inference;
using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Tests.Inference;

[Collection(TrainedToyModelGroup.Name)]
public sealed class TextGeneratorTests(TrainedToyModel trained)
{
    private static readonly ChatMessage[] Question = [new("user", "Question 500: is 3 small?")];

    [Fact]
    public void Tuned_model_replies_in_the_trained_format_and_stops_at_end_of_turn()
    {
        var (_, tuned) = LocalChatModel.Pair(trained.Model, trained.Tokenizer, "base", "tuned");

        var reply = tuned.Complete(Question, SamplingOptions.Greedy with { MaxNewTokens = 40 });

        Assert.Equal("The answer is yes.", reply.Text);
        Assert.Equal(GenerationResult.Stop, reply.FinishReason);
        Assert.True(reply.CompletionTokens < 40);
    }

    [Fact]
    public void Greedy_decoding_is_deterministic()
    {
        var prompt = new ChatEncoder(trained.Tokenizer).Prompt(Question);
        trained.Model.SetAdapterEnabled(false);

        var first = TextGenerator.Generate(trained.Model, prompt, new HashSet<int>(), SamplingOptions.Greedy with { MaxNewTokens = 12 });
        var second = TextGenerator.Generate(trained.Model, prompt, new HashSet<int>(), SamplingOptions.Greedy with { MaxNewTokens = 12 });

        Assert.Equal(12, first.Tokens.Count);
        Assert.Equal(GenerationResult.Length, first.FinishReason);
        Assert.Equal(first.Tokens, second.Tokens);
    }

    [Fact]
    public void Sampling_with_the_same_seed_repeats_and_other_seeds_vary()
    {
        var prompt = new ChatEncoder(trained.Tokenizer).Prompt(Question);
        trained.Model.SetAdapterEnabled(false);
        var options = new SamplingOptions { MaxNewTokens = 16, Temperature = 5, TopP = 0.99, Seed = 11 };

        var first = TextGenerator.Generate(trained.Model, prompt, new HashSet<int>(), options);
        var again = TextGenerator.Generate(trained.Model, prompt, new HashSet<int>(), options);
        var others = Enumerable.Range(1, 4).Select(s => TextGenerator.Generate(trained.Model, prompt, new HashSet<int>(), options with { Seed = s }).Tokens).ToList();

        Assert.Equal(first.Tokens, again.Tokens);
        Assert.Contains(others, o => !o.SequenceEqual(first.Tokens));
    }

    [Fact]
    public void Top_p_near_zero_is_greedy()
    {
        var prompt = new ChatEncoder(trained.Tokenizer).Prompt(Question);
        trained.Model.SetAdapterEnabled(true);

        var greedy = TextGenerator.Generate(trained.Model, prompt, trained.Tokenizer.StopIds, SamplingOptions.Greedy with { MaxNewTokens = 20 });
        var nucleus = TextGenerator.Generate(trained.Model, prompt, trained.Tokenizer.StopIds, new SamplingOptions { MaxNewTokens = 20, Temperature = 1, TopP = 1e-6, Seed = 5 });

        Assert.Equal(greedy.Tokens, nucleus.Tokens);
    }

    [Fact]
    public void Adapter_off_generates_exactly_what_the_base_model_generates()
    {
        using var baseModel = CausalLM.Load(TinyModels.Llama, lora: null);
        var options = SamplingOptions.Greedy with { MaxNewTokens = 24 };
        var (adapterOff, tuned) = LocalChatModel.Pair(trained.Model, trained.Tokenizer, "base", "tuned");

        var expected = LocalChatModel.Create(baseModel, trained.Tokenizer, adapter: true, "plain").Complete(Question, options);
        var actual = adapterOff.Complete(Question, options);
        var tunedReply = tuned.Complete(Question, options);

        Assert.Equal(expected, actual);
        Assert.NotEqual(expected.Text, tunedReply.Text);
    }
}
