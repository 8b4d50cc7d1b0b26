using System.Text.Json;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Inference;
using FineTune.Pipeline.Lora.Runner;
using FineTune.Pipeline.Runner;
using Spectre.Console;

namespace FineTune.Pipeline.Lora.Tests.Runner;

/// <summary>examples/lora-local end to end: make the tiny model, validate → cost → train through the runner; the loss falls on train and eval, and greedy replies on the held-out prompts are the trained reply with the adapter and not without it.</summary>
public sealed class LocalExampleTests
{
    [Fact]
    public async Task The_local_example_trains_an_adapter_that_gives_the_reply_on_held_out_prompts()
    {
        var folder = CopyExample();
        new LoraBackend().WriteTinyModel(Path.Combine(folder, "models", "tiny-llama"), "llama", seed: 7);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No });
        var services = PipelineServices.Default() with { WorkingDirectory = folder };

        var code = await new PipelineRunner(console, services).RunAsync(CommandLineParser.Parse(["train", "--config", Path.Combine(folder, "finetune.yaml")]), CancellationToken.None);

        Assert.Equal(ExitCodes.Success, code);
        var adapter = Path.Combine(folder, "artifacts", "finetune", "adapter");
        Assert.True(File.Exists(Path.Combine(adapter, "adapter_model.safetensors")));
        Assert.True(File.ReadLines(Path.Combine(adapter, "metrics.jsonl")).Count() > 10);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "artifacts", "finetune", "report.json")));
        var training = report.RootElement.GetProperty("training");
        Assert.Equal("lora", training.GetProperty("provider").GetString());
        var curve = training.GetProperty("loss_curve").EnumerateArray().ToList();
        Assert.True(curve[^1].GetProperty("train_loss").GetDouble() < curve[0].GetProperty("train_loss").GetDouble() / 5);

        var checkpoints = training.GetProperty("checkpoints").EnumerateArray().Select(c => c.GetProperty("valid_loss").GetDouble()).ToList();
        Assert.True(checkpoints[^1] < checkpoints[0] * 0.5, $"eval loss {checkpoints[0]} → {checkpoints[^1]}");

        // The held-out prompts: the tuned model (base + adapter, greedy) gives the constant reply, the base model does not.
        var checkpoint = Path.Combine(folder, "models", "tiny-llama");
        using var tokenizer = new HfTokenizer(checkpoint);
        using var model = LocalChatModel.LoadModel(checkpoint, adapter);
        var (baseModel, tuned) = LocalChatModel.Pair(model, tokenizer, "base", "tuned");
        var evalRows = File.ReadLines(Path.Combine(folder, "data", "eval.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => new ChatMessage(m.GetProperty("role").GetString()!, m.GetProperty("content").GetString()!)).ToList())
            .ToList();
        var options = SamplingOptions.Greedy with { MaxNewTokens = 16 };
        int Matches(LocalChatModel chat) => evalRows.Count(row => chat.Complete(row[..^1], options).Text.Trim() == row[^1].Content);
        var (baseMatches, tunedMatches) = (Matches(baseModel), Matches(tuned));
        Assert.True(tunedMatches >= evalRows.Count - 2, $"tuned reproduces the reply on {tunedMatches}/{evalRows.Count} eval prompts (base {baseMatches}): " + string.Join(" | ", evalRows.Select(row => tuned.Complete(row[..^1], options).Text)));
        Assert.Equal(0, baseMatches);
    }

    internal static string CopyExample() => InProcessPipeline.Copy(Path.Combine("examples", "lora-local"), "finetune.yaml", "data/train.jsonl", "data/eval.jsonl");

    internal static string RepositoryRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "FineTune.Pipeline.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        }

        return dir;
    }
}
