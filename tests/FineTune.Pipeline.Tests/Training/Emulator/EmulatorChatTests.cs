using System.Text.Json.Nodes;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.Emulator;

public sealed class EmulatorChatTests
{
    private static readonly TrainingExample[] Examples =
    [
        new(1, "What is the capital of France?", "Paris.", 10),
        new(2, "What is the capital of Spain?", "Madrid.", 10),
        new(3, "How tall is Mount Everest?", "8,849 m.", 10),
    ];

    [Theory]
    [InlineData("what is the capital of france?  ", "Paris.")]
    [InlineData("Tell me the capital of Spain", "Madrid.")]
    [InlineData("Everest height? how tall", "8,849 m.")]
    [InlineData("Bonjour", ChatResponder.BaseModelReply)]
    public void A_tuned_model_answers_with_the_training_answer_of_the_closest_prompt(string prompt, string expected) =>
        Assert.Equal(expected, ChatResponder.Answer(Examples, prompt));

    [Fact]
    public void Ties_go_to_the_earlier_training_line() =>
        Assert.Equal(1, ChatResponder.BestMatch(Examples, "capital")!.Line);

    [Fact]
    public async Task Over_http_the_tuned_model_and_its_checkpoints_answer_from_training_data_and_the_base_model_does_not()
    {
        await using var env = await TestEmulator.StartAsync();
        var job = await env.Http.PollUntilAsync(await env.Http.CreateJobIdAsync(await env.Http.UploadIdAsync(TrainingData.Chat())), "succeeded");
        var tuned = (string)job["fine_tuned_model"]!;
        var checkpoint = env.Server.State.Jobs.Single().Checkpoints[0].ModelName;

        Assert.Equal("The capital of Norway is Oslo.", await AskAsync(env, tuned, "What is the capital of Norway?"));
        Assert.Equal("The capital of Norway is Oslo.", await AskAsync(env, checkpoint, "capital of norway please"));
        Assert.Equal(ChatResponder.BaseModelReply, await AskAsync(env, "gpt-4o-mini", "What is the capital of Norway?"));
        var (status, _) = await env.Http.PostAsync("chat/completions", new { model = "ft:gpt-4o-mini:other::x", messages = new[] { new { role = "user", content = "hi" } } });
        Assert.Equal(404, status);
    }

    private static async Task<string> AskAsync(TestEmulator env, string model, string question)
    {
        var (status, body) = await env.Http.PostAsync("chat/completions", new { model, messages = new[] { new { role = "system", content = "Be brief." }, new { role = "user", content = question } } });
        Assert.True(status == 200, body);
        return (string)JsonNode.Parse(body)!["choices"]![0]!["message"]!["content"]!;
    }
}
