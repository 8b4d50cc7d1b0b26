using System.Text.Json;
using System.Text.Json.Nodes;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Cli.Tests.Evaluation;

/// <summary>
/// <c>finetune evaluate --model ID</c> as a deployment gate runs it: the real executable, a real
/// finetune.yaml, and the OpenAI emulator with a model fine-tuned on it; checks exit codes, report.json,
/// summary.md and the per-item files. (The flow after <c>train</c> is covered in-process.)
/// </summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ft-evaluate-cli").FullName;

    public EvaluateCommandTests()
    {
        File.WriteAllLines(Path.Combine(_dir, "eval.jsonl"), CapitalsEmulator.EvalLines());
        File.WriteAllLines(Path.Combine(_dir, "train.jsonl"), Enumerable.Range(100, 20).Select(k =>
            $$"""{"messages":[{"role":"system","content":"You answer geography questions."},{"role":"user","content":"How do I reset password {{k}}?"},{"role":"assistant","content":"Open settings, choose security, then reset password number {{k}} and confirm by email."}]}"""));
    }

    [Fact]
    public async Task A_better_candidate_passes_and_every_report_is_written()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var candidate = await emulator.TrainAsync("all", _ => true);

        var result = Finetune(emulator, null, "evaluate", "--model", candidate);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var evaluation = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "report.json")))!["evaluation"]!;
        Assert.Equal("pass", (string)evaluation["verdict"]!);
        Assert.Equal(candidate, (string)evaluation["candidate"]!["model"]!);
        Assert.Equal(12, (int)evaluation["candidate"]!["n"]!);
        Assert.Equal(1.0, (double)evaluation["candidate"]!["mean"]!);
        Assert.True((double)evaluation["delta"]!["ci_low"]! > 0.05);
        Assert.Equal(12, File.ReadAllLines(Path.Combine(_dir, "out", "evaluation-items.jsonl")).Length);
        Assert.Contains("<testcase", File.ReadAllText(Path.Combine(_dir, "out", "evaluation-junit.xml")), StringComparison.Ordinal);
        Assert.Contains($"### Evaluation: `{candidate}` vs `{CapitalsEmulator.BaseModel}`", File.ReadAllText(Path.Combine(_dir, "out", "summary.md")), StringComparison.Ordinal);
        Assert.Contains("evaluate: 12/12 items", result.Stdout, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(_dir, "out")))
        {
            Assert.DoesNotContain(CapitalsEmulator.Key, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_worse_candidate_fails_the_build_with_exit_code_1()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var all = await emulator.TrainAsync("all", _ => true);

        var result = Finetune(emulator, all, "evaluate", "--model", CapitalsEmulator.BaseModel);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FT7014", result.Stdout + result.Stderr, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "report.json")));
        Assert.Equal("fail", report.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("fail", report.RootElement.GetProperty("evaluation").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Running_again_costs_no_request()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var candidate = await emulator.TrainAsync("some", i => i % 2 == 0);
        var first = Finetune(emulator, null, "evaluate", "--model", candidate);
        var sent = emulator.ChatRequests;

        var second = Finetune(emulator, null, "evaluate", "--model", candidate);

        Assert.Equal(0, first.ExitCode);
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.Equal(24, sent);
        Assert.Equal(sent, emulator.ChatRequests);
        var requests = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "report.json")))!["evaluation"]!["requests"]!;
        Assert.Equal(0, (int)requests["sent"]!);
        Assert.Equal(24, (int)requests["cache_hits"]!);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Writes finetune.yaml (with <c>evaluate.baseline</c> when given) and runs the tool.</summary>
    private ProcessResult Finetune(CapitalsEmulator emulator, string? baseline, params string[] args)
    {
        File.WriteAllText(Path.Combine(_dir, "finetune.yaml"), $"""
            version: 1
            data:
              train: train.jsonl
              eval: eval.jsonl
            train:
              base_model: {CapitalsEmulator.BaseModel}
            openai:
              base_url: {emulator.BaseUrl}
              api_key_env: {CapitalsEmulator.KeyVariable}
            evaluate:
              margin: 0.05
              cache_dir: cache
            {(baseline is null ? string.Empty : $"  baseline: {baseline}")}
            """);
        return FinetuneProcess.Run(_dir, CapitalsEmulator.Environment(), [.. args, "--report-dir", "out"]);
    }
}
