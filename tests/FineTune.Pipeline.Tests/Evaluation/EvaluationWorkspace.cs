using System.Globalization;
using System.Text.Json.Nodes;
using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Evaluation;

/// <summary>A temporary project folder with train.jsonl and eval.jsonl about "code words" of support tickets.</summary>
internal sealed class EvaluationWorkspace
{
    private static readonly string[] Words = ["amber", "birch", "cobalt", "dune", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kelp", "lumen"];

    public EvaluationWorkspace(int items = 40)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ft-eval").FullName;
        Items = items;
        File.WriteAllLines(Path.Combine(Directory, "eval.jsonl"), Enumerable.Range(0, items).Select(k => Line(Question(k), Answer(k), k % 2 == 0 ? "billing" : "shipping")));
        File.WriteAllLines(Path.Combine(Directory, "train.jsonl"), Enumerable.Range(0, 20).Select(k => Line($"How do I reset password {k}?", $"Open settings, choose security, then reset password number {k} and confirm by email.", null)));
    }

    public string Directory { get; }

    public int Items { get; }

    public static string Question(int k) => string.Create(CultureInfo.InvariantCulture, $"What is the code word for ticket {k}?");

    public static string Answer(int k) => string.Create(CultureInfo.InvariantCulture, $"The code word for ticket {k} is {Words[k % Words.Length]}.");

    /// <summary>Ticket number in a question, or -1.</summary>
    public static int Ticket(string question)
    {
        var at = question.IndexOf("ticket ", StringComparison.Ordinal);
        return at < 0 ? -1 : int.Parse(question[(at + 7)..].TrimEnd('?'), CultureInfo.InvariantCulture);
    }

    public PipelineSettings Settings(Uri endpoint, Func<EvaluateConfig, EvaluateConfig>? adjust = null)
    {
        var evaluate = new EvaluateConfig
        {
            Model = "ft:gpt-4o-mini:acme::cand",
            Baseline = "gpt-4o-mini",
            Scorers = [new ScorerConfig { Type = "exact_match" }],
            Gate = new EvaluateGateConfig { MinDelta = 0.05, MaxErrorRate = 0.1 },
            Concurrency = 8,
            CacheDir = "cache",
            RequestTimeoutSeconds = 20,
        };
        return PipelineSettings.Resolve(new FineTuneConfig
        {
            BaseDirectory = Directory,
            Data = new DataConfig { Train = "train.jsonl", Eval = "eval.jsonl" },
            OpenAI = new OpenAIConfig { BaseUrl = endpoint.ToString() },
            Evaluate = adjust is null ? evaluate : adjust(evaluate),
        });
    }

    private static string Line(string question, string answer, string? tag)
    {
        var line = new JsonObject
        {
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = "You are the support desk." },
                new JsonObject { ["role"] = "user", ["content"] = question },
                new JsonObject { ["role"] = "assistant", ["content"] = answer }),
        };
        if (tag is not null)
        {
            line["tags"] = new JsonArray(tag);
        }

        return line.ToJsonString();
    }
}
