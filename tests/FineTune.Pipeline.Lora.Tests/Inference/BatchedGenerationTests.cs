using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Inference;
using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Tests.Inference;

public sealed class BatchedGenerationTests
{
    private static readonly string[] Questions =
    [
        "Hi",
        "Question 12: is 5 small?",
        "Please write a long answer about the weather in the mountains today.",
        "Why?",
        "Tell me about models.",
    ];

    [Theory]
    [InlineData(ModelFamily.Llama)]
    [InlineData(ModelFamily.Qwen2)]
    public void Greedy_batch_equals_one_at_a_time_on_prompts_of_different_lengths(ModelFamily family)
    {
        using var tokenizer = new HfTokenizer(TinyModels.Folder(family));
        using var model = CausalLM.Load(TinyModels.Folder(family), lora: null);
        var encoder = new ChatEncoder(tokenizer);
        var noStop = new HashSet<int>();

        // Different budgets, so rows leave the batch at different steps (one after the first token).
        var requests = Questions.Select((q, i) => new GenerationRequest(encoder.Prompt([new("user", q)]), SamplingOptions.Greedy with { MaxNewTokens = new[] { 12, 20, 7, 1, 16 }[i] })).ToList();
        Assert.True(requests.Select(r => r.Prompt.Count).Distinct().Count() == requests.Count, "prompt lengths should differ");

        var batched = TextGenerator.Generate(model, requests, noStop);
        var alone = requests.Select(r => TextGenerator.Generate(model, r.Prompt, noStop, r.Options)).ToList();

        for (var i = 0; i < requests.Count; i++)
        {
            Assert.Equal(alone[i].Tokens, batched[i].Tokens);
            Assert.Equal(requests[i].Options.MaxNewTokens, batched[i].Tokens.Count);
            Assert.Equal(GenerationResult.Length, batched[i].FinishReason);
        }
    }

    [Fact]
    public void Sampled_rows_give_in_a_batch_what_they_give_alone()
    {
        using var tokenizer = new HfTokenizer(TinyModels.Qwen2);
        using var model = CausalLM.Load(TinyModels.Qwen2, lora: null);
        var encoder = new ChatEncoder(tokenizer);
        var requests = Questions.Select((q, i) => new GenerationRequest(encoder.Prompt([new("user", q)]), new SamplingOptions { MaxNewTokens = 10, Temperature = 1.5, TopP = 0.95, Seed = i })).ToList();

        var batched = TextGenerator.Generate(model, requests, tokenizer.StopIds);
        var alone = requests.Select(r => TextGenerator.Generate(model, r.Prompt, tokenizer.StopIds, r.Options)).ToList();

        Assert.Equal(alone.Select(a => a.Tokens), batched.Select(b => b.Tokens));
        Assert.Equal(alone.Select(a => a.FinishReason), batched.Select(b => b.FinishReason));
    }

    [Fact]
    public void A_cancelled_row_ends_alone_and_the_others_finish()
    {
        using var tokenizer = new HfTokenizer(TinyModels.Llama);
        using var model = CausalLM.Load(TinyModels.Llama, lora: null);
        var encoder = new ChatEncoder(tokenizer);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var options = SamplingOptions.Greedy with { MaxNewTokens = 6 };
        GenerationRequest[] requests =
        [
            new(encoder.Prompt([new("user", Questions[0])]), options),
            new(encoder.Prompt([new("user", Questions[1])]), options) { CancellationToken = cancelled.Token },
            new(encoder.Prompt([new("user", Questions[2])]), SamplingOptions.Greedy with { MaxNewTokens = 0 }),
        ];

        var results = TextGenerator.Generate(model, requests, new HashSet<int>());

        Assert.Equal(6, results[0].Tokens.Count);
        Assert.Equal((0, GenerationResult.Cancelled), (results[1].Tokens.Count, results[1].FinishReason));
        Assert.Equal((0, GenerationResult.Length), (results[2].Tokens.Count, results[2].FinishReason));
    }
}
