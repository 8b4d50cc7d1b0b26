using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Cli.Tests.Evaluation;

/// <summary>
/// <c>finetune evaluate --model ID</c> as a deployment gate runs it: the real executable, a real
/// finetune.yaml, and an OpenAI-compatible server; checks exit codes, report.json, summary.md and the
/// per-item files. (The flow after training is covered in-process against the emulator.)
/// </summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private const string Candidate = "ft:gpt-4o-mini:acme::cand";
    private static readonly string[] Words = ["amber", "birch", "cobalt", "dune", "ember", "fjord", "garnet", "harbor"];
    private readonly string _dir = Directory.CreateTempSubdirectory("ft-evaluate-cli").FullName;

    public EvaluateCommandTests()
    {
        File.WriteAllLines(Path.Combine(_dir, "train.jsonl"), Enumerable.Range(100, 20).Select(k => Line($"How do I reset password {k}?", $"Open settings, choose security, then reset password number {k} and confirm by email.")));
        File.WriteAllLines(Path.Combine(_dir, "eval.jsonl"), Enumerable.Range(0, 30).Select(k => Line(Question(k), Answer(k))));
    }

    [Fact]
    public async Task A_better_candidate_passes_and_every_report_is_written()
    {
        using var server = new ChatCompletionsStub((model, messages) => Reply(model, messages, baseKnows: k => k % 3 == 0));

        var (exit, output) = await Finetune(server, "evaluate");

        Assert.True(exit == 0, output);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "report.json")))!;
        var evaluation = report["evaluation"]!;
        Assert.Equal("pass", (string)evaluation["verdict"]!);
        Assert.Equal(Candidate, (string)evaluation["candidate"]!["model"]!);
        Assert.Equal(30, (int)evaluation["candidate"]!["n"]!);
        Assert.Equal(1.0, (double)evaluation["candidate"]!["mean"]!);
        Assert.True((double)evaluation["delta"]!["ci_low"]! > 0.05);
        Assert.Equal(30, File.ReadAllLines(Path.Combine(_dir, "out", "evaluation-items.jsonl")).Length);
        Assert.Contains("<testcase", File.ReadAllText(Path.Combine(_dir, "out", "evaluation-junit.xml")), StringComparison.Ordinal);
        Assert.Contains("### Evaluation: `ft:gpt-4o-mini:acme::cand` vs `gpt-4o-mini`", File.ReadAllText(Path.Combine(_dir, "out", "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worse_candidate_fails_the_build_with_exit_code_1()
    {
        using var server = new ChatCompletionsStub((model, messages) => Reply(model, messages, baseKnows: _ => true, candidateKnows: k => k % 3 == 0));

        var (exit, output) = await Finetune(server, "evaluate");

        Assert.Equal(1, exit);
        Assert.Contains("FT7014", output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "report.json")));
        Assert.Equal("fail", report.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("fail", report.RootElement.GetProperty("evaluation").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Running_again_costs_no_request()
    {
        using var server = new ChatCompletionsStub((model, messages) => Reply(model, messages, baseKnows: k => k % 2 == 0));
        var (first, _) = await Finetune(server, "evaluate");
        var sent = server.Requests;

        var (second, output) = await Finetune(server, "evaluate");

        Assert.Equal(0, first);
        Assert.True(second == 0, output);
        Assert.Equal(60, sent);
        Assert.Equal(sent, server.Requests);
        var requests = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "report.json")))!["evaluation"]!["requests"]!;
        Assert.Equal(0, (int)requests["sent"]!);
        Assert.Equal(60, (int)requests["cache_hits"]!);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int ExitCode, string Output)> Finetune(ChatCompletionsStub server, params string[] args)
    {
        File.WriteAllText(Path.Combine(_dir, "finetune.yaml"), $$"""
            version: 1
            data:
              train: train.jsonl
              eval: eval.jsonl
            train:
              base_model: gpt-4o-mini
            openai:
              base_url: {{server.BaseUrl}}
            evaluate:
              margin: 0.05
              concurrency: 8
              cache_dir: cache
            """);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(FinetuneProcess.Executable);
        foreach (var a in args.Concat(["--model", Candidate, "--report-dir", "out", "--no-color"]))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["OPENAI_API_KEY"] = string.Empty;
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        start.Environment.Remove("GITHUB_OUTPUT");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string Question(int k) => string.Create(CultureInfo.InvariantCulture, $"What is the code word for ticket {k}?");

    private static string Answer(int k) => string.Create(CultureInfo.InvariantCulture, $"The code word for ticket {k} is {Words[k % Words.Length]}.");

    private static string Reply(string model, IReadOnlyList<(string Role, string Content)> messages, Func<int, bool> baseKnows, Func<int, bool>? candidateKnows = null)
    {
        var question = messages[^1].Content;
        var k = int.Parse(question[(question.IndexOf("ticket ", StringComparison.Ordinal) + 7)..].TrimEnd('?'), CultureInfo.InvariantCulture);
        var knows = model == Candidate ? (candidateKnows ?? (_ => true))(k) : baseKnows(k);
        return knows ? Answer(k) : "Sorry, I cannot find that ticket.";
    }

    private static string Line(string question, string answer) => new JsonObject
    {
        ["messages"] = new JsonArray(
            new JsonObject { ["role"] = "system", ["content"] = "You are the support desk." },
            new JsonObject { ["role"] = "user", ["content"] = question },
            new JsonObject { ["role"] = "assistant", ["content"] = answer }),
    }.ToJsonString();
}
