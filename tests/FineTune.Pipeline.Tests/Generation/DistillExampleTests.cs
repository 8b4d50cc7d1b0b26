using System.Text.Json;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Tests.Config;
using FineTune.Pipeline.Tests.TestSupport;
using FineTune.Pipeline.Tests.Training;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Generation;

/// <summary>
/// examples/distill as shipped, with the emulator as teacher (gpt-4.1) and judge (gpt-4o): the teacher routes by
/// keyword and gets two messages wrong, the judge rejects those two; generate → validate → cost pass on the result.
/// </summary>
public sealed class DistillExampleTests
{
    private static readonly string[] Wrong = ["greyed out", "got locked"];

    [Fact]
    public async Task The_distill_example_generates_filtered_training_data_that_validates_and_is_priced()
    {
        var folder = CopyExample();
        await using var emulator = new OpenAIEmulator(new EmulatorOptions
        {
            ApiKey = TrainingHarness.ApiKey,
            ScriptedModels = [new("gpt-4.1", chat => Route(chat.LastUser)), new("gpt-4o", Judge)],
        });
        await emulator.StartAsync();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["OPENAI_BASE_URL"] = emulator.BaseUrl,
            ["OPENAI_API_KEY"] = TrainingHarness.ApiKey,
        };
        using var console = Consoles.Plain();
        var services = new PipelineServices { Environment = environment, WorkingDirectory = folder };

        var exit = await new PipelineRunner(console, services).RunAsync(CommandLineParser.Parse(["cost"]), CancellationToken.None);

        Assert.True(exit == 0, console.Output);
        if (Environment.GetEnvironmentVariable("WRITE_DISTILL_EXAMPLE_DATA") is { Length: > 0 } target)
        {
            File.Copy(Path.Combine(folder, "data", "train.jsonl"), Path.Combine(target, "train.jsonl"), overwrite: true);
            File.Copy(Path.Combine(folder, "data", "train.jsonl.provenance.json"), Path.Combine(target, "train.jsonl.provenance.json"), overwrite: true);
        }
        var lines = File.ReadAllLines(Path.Combine(folder, "data", "train.jsonl"));
        Assert.Equal(22, lines.Length);
        Assert.All(lines, l => Assert.Matches("\"Routed to (billing|accounts|exports)\\.\"", l));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "artifacts", "finetune", "report.json")));
        var generation = report.RootElement.GetProperty("generation");
        Assert.Equal(24, generation.GetProperty("generated").GetInt32());
        Assert.Equal(2, generation.GetProperty("filtered").GetInt32());
        Assert.Equal(["a04", "e05"], generation.GetProperty("dropped").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.True(generation.GetProperty("estimated_usd").GetDecimal() < 0.5m);
        Assert.Equal(22, report.RootElement.GetProperty("datasets").GetProperty("train").GetProperty("examples").GetInt32());
        Assert.DoesNotContain(report.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        Assert.True(File.Exists(Path.Combine(folder, "data", "train.jsonl.provenance.json")));
        Assert.Equal(48, emulator.Requests.For(EmulatorRoutes.ChatCompletions).Count);
    }

    /// <summary>The teacher: routes by keyword, and sends the two <see cref="Wrong"/> messages to the wrong team.</summary>
    private static string Route(string message)
    {
        var team = message.Contains("export", StringComparison.OrdinalIgnoreCase) || message.Contains("CSV", StringComparison.Ordinal) || message.Contains("PDF", StringComparison.Ordinal)
            ? "exports"
            : new[] { "charge", "bill", "invoice", "refund", "card", "payment", "VAT", "receipt", "seats" }.Any(w => message.Contains(w, StringComparison.OrdinalIgnoreCase)) ? "billing" : "accounts";
        if (Wrong.Any(w => message.Contains(w, StringComparison.Ordinal)))
        {
            team = team == "accounts" ? "billing" : "accounts";
        }

        return $"Routed to {team}.";
    }

    private static string Judge(ScriptedChat chat) => Wrong.Any(w => chat.LastUser.Contains(w, StringComparison.Ordinal))
        ? "Reasoning: The message is about another team's area, so the routing is wrong.\nScore: 1"
        : "Reasoning: One routing sentence, right team.\nScore: 5";

    private static string CopyExample()
    {
        var source = Path.Combine(RepoFiles.Root, "examples", "distill");
        var target = Directory.CreateTempSubdirectory("finetune-distill-example-").FullName;
        foreach (var file in new[] { "finetune.yaml", "prompts.jsonl", "data/eval.jsonl" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, file))!);
            File.Copy(Path.Combine(source, file), Path.Combine(target, file));
        }

        return target;
    }
}
