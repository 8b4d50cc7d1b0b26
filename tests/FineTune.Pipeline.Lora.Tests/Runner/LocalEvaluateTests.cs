using System.Text.Json;
using FineTune.Pipeline.Lora.Runner;
using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Lora.Tests.Runner;

/// <summary>
/// examples/lora-local through the runner's <c>evaluate</c> target: validate → cost → train → evaluate, the
/// base checkpoint against the trained adapter in-process; a second run reuses the adapter and the cached answers.
/// </summary>
public sealed class LocalEvaluateTests
{
    [Fact]
    public async Task Evaluate_after_train_passes_the_gate_and_a_second_run_trains_nothing_and_asks_nothing()
    {
        var folder = LocalExampleTests.CopyExample();
        new LoraBackend().WriteTinyModel(Path.Combine(folder, "models", "tiny-llama"), "llama", seed: 7);

        var (code, output) = await Run(folder);

        Assert.True(code == ExitCodes.Success, output);
        var (training, evaluation) = Report(folder);
        Assert.False(training.GetProperty("reused").GetBoolean());
        Assert.Equal("pass", evaluation.GetProperty("verdict").GetString());
        Assert.Equal("tiny-llama", evaluation.GetProperty("baseline").GetProperty("model").GetString());
        Assert.Equal("artifacts/finetune/adapter", evaluation.GetProperty("candidate").GetProperty("model").GetString());
        Assert.Equal(0.0, evaluation.GetProperty("baseline").GetProperty("mean").GetDouble());
        Assert.True(evaluation.GetProperty("candidate").GetProperty("mean").GetDouble() >= 10.0 / 12, evaluation.ToString());
        Assert.Equal(24, evaluation.GetProperty("requests").GetProperty("sent").GetInt32());
        Assert.True(evaluation.GetProperty("requests").GetProperty("input_tokens").GetInt64() > 0);
        Assert.Equal(0m, evaluation.GetProperty("estimated_usd").GetDecimal());
        var metrics = File.ReadAllText(Path.Combine(folder, "artifacts", "finetune", "adapter", "metrics.jsonl"));

        var (again, secondOutput) = await Run(folder);

        Assert.True(again == ExitCodes.Success, secondOutput);
        Assert.Contains("reusing the adapter in artifacts/finetune/adapter", secondOutput, StringComparison.Ordinal);
        var (training2, evaluation2) = Report(folder);
        Assert.True(training2.GetProperty("reused").GetBoolean());
        Assert.Equal("succeeded", training2.GetProperty("status").GetString());
        Assert.Equal(metrics, File.ReadAllText(Path.Combine(folder, "artifacts", "finetune", "adapter", "metrics.jsonl")));
        Assert.Equal((0, 24), (evaluation2.GetProperty("requests").GetProperty("sent").GetInt32(), evaluation2.GetProperty("requests").GetProperty("cache_hits").GetInt32()));
        Assert.Equal("pass", evaluation2.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Evaluating_a_lora_adapter_that_was_never_trained_is_FT7016_without_a_stack_trace()
    {
        var folder = LocalExampleTests.CopyExample();
        new LoraBackend().WriteTinyModel(Path.Combine(folder, "models", "tiny-llama"), "llama", seed: 7);

        var (code, output) = await Run(folder, "--model", "artifacts/finetune/adapter");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("FT7016", output, StringComparison.Ordinal);
        Assert.Contains("artifacts/finetune/adapter", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output)> Run(string folder, params string[] extra) => InProcessPipeline.RunAsync(folder, ["evaluate", .. extra]);

    private static (JsonElement Training, JsonElement Evaluation) Report(string folder)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "artifacts", "finetune", "report.json")));
        return (report.RootElement.GetProperty("training").Clone(), report.RootElement.GetProperty("evaluation").Clone());
    }
}
