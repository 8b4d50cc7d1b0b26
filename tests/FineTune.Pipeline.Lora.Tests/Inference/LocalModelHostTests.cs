using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Inference;
using FineTune.Pipeline.Lora.Runner;
using LocalMessage = FineTune.Pipeline.Lora.Chat.ChatMessage;

namespace FineTune.Pipeline.Lora.Tests.Inference;

/// <summary>
/// The backend's <see cref="ILocalModelHost"/>: base and tuned views of one load answer as <see cref="LocalChatModel"/>
/// does, concurrent requests on both views give the sequential answers, settings map onto sampling, failures read well.
/// </summary>
[Collection(TrainedToyModelGroup.Name)]
public sealed class LocalModelHostTests(TrainedToyModel toy)
{
    private static readonly IReadOnlyList<ChatMessage> Question = [ChatMessage.User("Question 101: is 3 small?")];

    [Fact]
    public async Task Base_and_tuned_views_share_one_load_and_answer_like_the_local_chat_model_also_when_asked_concurrently()
    {
        var adapter = TinyModels.NewTempFolder();
        PeftAdapter.Save(toy.Model, adapter, "tiny");
        using var host = new LoraBackend().OpenChatModels(TinyModels.Llama, adapter, null);
        var (baseView, tuned) = (host.Create("base", "local:base", adapter: false), host.Create("tuned", "local:tuned", adapter: true));
        var settings = new GenerationSettings { MaxTokens = 12, Seed = 0 };
        var (expectedBase, expectedTuned) = LocalChatModel.Pair(toy.Model, toy.Tokenizer, "b", "t");
        var sampling = EvaluationChatModel.Sampling(settings);
        LocalMessage[] question = [new("user", Question[0].Content)];

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? baseView : tuned).CompleteAsync(Question, settings, CancellationToken.None)));

        Assert.Equal("tuned", tuned.Name);
        Assert.True(host.HasAdapter);
        Assert.All(answers.Where((_, i) => i % 2 == 1), a => Assert.Equal(expectedTuned.Complete(question, sampling).Text, a.Text));
        Assert.All(answers.Where((_, i) => i % 2 == 0), a => Assert.Equal(expectedBase.Complete(question, sampling).Text, a.Text));
        Assert.Equal("The answer is yes.", answers[1].Text.Trim());
        Assert.NotEqual(answers[0].Text, answers[1].Text);
        Assert.All(answers, a => Assert.True(a.InputTokens > 5 && a.OutputTokens is > 0 and <= 12, $"{a.InputTokens}/{a.OutputTokens}"));
    }

    [Fact]
    public void Generation_settings_map_onto_sampling_with_greedy_for_temperature_0()
    {
        Assert.Equal(new SamplingOptions { Temperature = 0, MaxNewTokens = 1024, TopP = 1, Seed = 0 }, EvaluationChatModel.Sampling(new GenerationSettings()));
        Assert.Equal(new SamplingOptions { Temperature = 0.7, MaxNewTokens = 64, TopP = 0.9, Seed = 5 }, EvaluationChatModel.Sampling(new GenerationSettings { Temperature = 0.7, MaxTokens = 64, TopP = 0.9, Seed = 5 }));
    }

    [Fact]
    public void A_folder_that_is_not_a_checkpoint_fails_with_a_readable_InvalidDataException()
    {
        var empty = TinyModels.NewTempFolder();

        var error = Assert.Throws<InvalidDataException>(() => new LoraBackend().OpenChatModels(empty, null, null));

        Assert.Contains("tokenizer", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_tuned_view_needs_an_adapter()
    {
        using var host = new LoraBackend().OpenChatModels(TinyModels.Llama, null, "llama3");

        Assert.False(host.HasAdapter);
        Assert.Throws<InvalidOperationException>(() => host.Create("tuned", "local:x", adapter: true));
    }
}
