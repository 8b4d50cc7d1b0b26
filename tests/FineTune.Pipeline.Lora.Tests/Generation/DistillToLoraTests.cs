using System.Text.Json;
using FineTune.Pipeline.Lora.Runner;
using FineTune.Pipeline.Runner;
using OpenAI.Emulator;
using FineTune.Pipeline.Lora.Tests.Runner;

namespace FineTune.Pipeline.Lora.Tests.Generation;

/// <summary>
/// examples/distill end to end: the emulator is the teacher (gpt-4.1, routes each message to its team) and the
/// judge (gpt-4o); generate → validate → cost → train a LoRA adapter on the tiny generated Llama → evaluate the
/// student against its base on the hand-written eval set, in-process.
/// </summary>
public sealed class DistillToLoraTests
{
    [Fact]
    public async Task The_distill_example_trains_a_lora_student_on_the_teachers_answers_and_evaluates_it()
    {
        var folder = CopyExample();
        new LoraBackend().WriteTinyModel(Path.Combine(folder, "models", "tiny-llama"), "llama", seed: 7);
        await using var emulator = new OpenAIEmulator(new EmulatorOptions
        {
            ScriptedModels = [new("gpt-4.1", chat => $"Routed to {Team(chat.LastUser)}."), new("gpt-4o", _ => "Reasoning: One routing sentence, right team.\nScore: 5")],
        });
        await emulator.StartAsync();

        var (code, output) = await Run(folder, emulator.BaseUrl);

        Assert.True(code == ExitCodes.Success, output);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "artifacts", "finetune", "report.json")));
        var root = report.RootElement;
        Assert.Equal(["generate", "validate", "cost", "train", "evaluate"], root.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(24, root.GetProperty("generation").GetProperty("generated").GetInt32());
        Assert.Equal(24, root.GetProperty("datasets").GetProperty("train").GetProperty("examples").GetInt32());
        Assert.Equal("lora", root.GetProperty("training").GetProperty("provider").GetString());
        var evaluation = root.GetProperty("evaluation");
        Assert.Equal("pass", evaluation.GetProperty("verdict").GetString());
        Assert.Equal("format", evaluation.GetProperty("metric").GetString());
        Assert.Equal(0.0, evaluation.GetProperty("baseline").GetProperty("mean").GetDouble());
        Assert.True(evaluation.GetProperty("candidate").GetProperty("mean").GetDouble() >= 0.5, evaluation.ToString());
        Assert.Contains(evaluation.GetProperty("scorers").EnumerateArray(), s => s.GetProperty("name").GetString() == "exact_match");
        Assert.Equal(48, emulator.Requests.For(EmulatorRoutes.ChatCompletions).Count);
    }

    private static string Team(string message) =>
        message.Contains("export", StringComparison.OrdinalIgnoreCase) || message.Contains("CSV", StringComparison.Ordinal) || message.Contains("PDF", StringComparison.Ordinal) ? "exports"
        : new[] { "charge", "bill", "invoice", "refund", "card", "payment", "VAT", "receipt", "seats" }.Any(w => message.Contains(w, StringComparison.OrdinalIgnoreCase)) ? "billing"
        : "accounts";

    private static Task<(int Code, string Output)> Run(string folder, string teacherUrl) => InProcessPipeline.RunAsync(
        folder, ["evaluate"], new Dictionary<string, string> { ["OPENAI_BASE_URL"] = teacherUrl, ["OPENAI_API_KEY"] = "sk-emulator" });

    private static string CopyExample() => InProcessPipeline.Copy(Path.Combine("examples", "distill"), "finetune.yaml", "prompts.jsonl", "data/eval.jsonl");
}
