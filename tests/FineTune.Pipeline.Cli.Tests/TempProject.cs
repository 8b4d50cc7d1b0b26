using System.Diagnostics;
using System.Text.Json;

namespace FineTune.Pipeline.Cli.Tests;

/// <summary>A throwaway project folder with finetune.yaml and chat JSONL, optionally a git repository.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Root = Directory.CreateTempSubdirectory("finetune-e2e-").FullName;
    }

    public string Root { get; }

    public string ReportDir => Path.Combine(Root, "artifacts", "finetune");

    public static string Yaml(decimal budget = 5m, string extra = "") => $"""
        version: 1
        data:
          train: data/train.jsonl
          eval: data/eval.jsonl
        train:
          provider: openai
          base_model: gpt-4o-mini-2024-07-18
        cost:
          budget_usd: {budget.ToString(System.Globalization.CultureInfo.InvariantCulture)}
        {extra}
        """;

    /// <summary>A valid chat example about a fictional product; <paramref name="i"/> makes it unique.</summary>
    public static string Example(int i, string? answer = null) => JsonSerializer.Serialize(new
    {
        messages = new object[]
        {
            new { role = "system", content = "You are a helpful support assistant for Ledgerly, an invoicing app." },
            new { role = "user", content = $"Question number {i}: how do I change setting {i} in Ledgerly?" },
            new { role = "assistant", content = answer ?? $"Open Settings, find option {i}, change it, and click Save. The change applies to new invoices." },
        },
    });

    public static string Lines(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    /// <summary>finetune.yaml plus 12 training and 3 eval examples.</summary>
    public TempProject WithValidProject(decimal budget = 5m)
    {
        Write("finetune.yaml", Yaml(budget));
        Write("data/train.jsonl", Lines(Enumerable.Range(1, 12).Select(i => Example(i))));
        Write("data/eval.jsonl", Lines(Enumerable.Range(100, 3).Select(i => Example(i))));
        return this;
    }

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public ProcessResult Run(params string[] args) => FinetuneProcess.Run(Root, null, args);

    public ProcessResult Run(IReadOnlyDictionary<string, string> environment, params string[] args) => FinetuneProcess.Run(Root, environment, args);

    public JsonElement Report(string? directory = null)
        => JsonDocument.Parse(File.ReadAllText(Path.Combine(directory ?? ReportDir, "report.json"))).RootElement;

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
    }

    public void InitGit()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "test@example.invalid");
        Git("config", "user.name", "Test");
        Git("config", "commit.gpgsign", "false");
    }

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
