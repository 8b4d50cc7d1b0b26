using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Tests.TestSupport;
using FineTune.Pipeline.Tests.Training;
using FineTune.Pipeline.Tests.Training.Emulator;
using OpenAI.Emulator;
using Spectre.Console.Testing;

namespace FineTune.Pipeline.Tests.Generation;

/// <summary>
/// A distillation project — finetune.yaml with a <c>generate:</c> section, twelve capital questions as prompts,
/// no training data yet — run through the real runner against the emulator, whose scripted <c>teacher-model</c>
/// answers "The capital of X is Y." and whose <c>judge-model</c> grades as <see cref="JudgeScript"/> says.
/// </summary>
internal sealed partial class DistillProject : IAsyncDisposable
{
    public const string Teacher = "teacher-model";
    public const string Judge = "judge-model";
    public const string System = "You answer geography questions.";

    private DistillProject(OpenAIEmulator emulator, string root, InstantTimeProvider time) => (Emulator, Root, Time) = (emulator, root, time);

    public OpenAIEmulator Emulator { get; }

    public string Root { get; }

    public InstantTimeProvider Time { get; }

    public TestConsole Console { get; private set; } = Consoles.Plain();

    public string TrainPath => Path.Combine(Root, "data", "train.jsonl");

    public string ProvenancePath => TrainPath + ".provenance.json";

    public string ReportDir => Path.Combine(Root, "artifacts", "finetune");

    /// <summary>What the teacher answers to a user message; default: the capital, or "I don't know."</summary>
    public Func<ScriptedChat, string> TeacherScript { get; set; } = chat => Answer(chat.LastUser);

    /// <summary>What the judge replies; default: grade 5 with a reason.</summary>
    public Func<ScriptedChat, string> JudgeScript { get; set; } = _ => "Reasoning: The answer names the right capital.\nScore: 5";

    public static async Task<DistillProject> StartAsync(string generateYaml = "", int prompts = 12)
    {
        var time = new InstantTimeProvider();
        DistillProject? project = null;
        var emulator = new OpenAIEmulator(new EmulatorOptions
        {
            ApiKey = TrainingHarness.ApiKey,
            Clock = time,
            RunningTicks = 2,
            ScriptedModels = [new(Teacher, chat => project!.TeacherScript(chat)), new(Judge, chat => project!.JudgeScript(chat))],
        });
        await emulator.StartAsync();
        project = new DistillProject(emulator, Directory.CreateTempSubdirectory("finetune-distill-").FullName, time);
        project.WritePrompts(prompts);
        project.Write("data/eval.jsonl", TrainingData.Eval());
        project.Write("finetune.yaml", $"""
            version: 1
            data:
              train: data/train.jsonl
              eval: data/eval.jsonl
            train:
              provider: openai
              base_model: gpt-4o-mini-2024-07-18
              suffix: distill
            cost:
              budget_usd: 5
            openai:
              base_url: {emulator.BaseUrl}
              api_key_env: {TrainingHarness.KeyVariable}
            generate:
              teacher: {Teacher}
              prompts: prompts.jsonl
              system: {System}
              concurrency: 1
              prices:
                {Teacher}:
                  input: 1.0
                  output: 2.0
                {Judge}:
                  input: 0.5
                  output: 1.0
            {generateYaml}
            """);
        return project;
    }

    /// <summary>Prompts <c>q1</c>… asking for the capitals of <see cref="TrainingData.Capitals"/>.</summary>
    public void WritePrompts(int count)
    {
        var text = new StringBuilder();
        foreach (var (pair, i) in TrainingData.Capitals.Take(count).Select((p, i) => (p, i)))
        {
            text.AppendLine(JsonSerializer.Serialize(new { id = $"q{i + 1}", prompt = $"What is the capital of {pair.Split(':')[0]}?" }));
        }

        Write("prompts.jsonl", text.ToString());
    }

    public void Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        Console.Dispose();
        Console = Consoles.Plain();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { [TrainingHarness.KeyVariable] = TrainingHarness.ApiKey };
        var services = new PipelineServices { Time = Time, Environment = environment, WorkingDirectory = Root };
        return await new PipelineRunner(Console, services).RunAsync(CommandLineParser.Parse(args), cancellationToken);
    }

    public Task<int> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    public JsonElement Report() => JsonDocument.Parse(File.ReadAllText(Path.Combine(ReportDir, "report.json"))).RootElement;

    public JsonElement Generation() => Report().GetProperty("generation");

    public string[] TrainLines() => File.Exists(TrainPath) ? File.ReadAllLines(TrainPath) : [];

    /// <summary>The user messages the teacher was asked, in order (judge requests left out).</summary>
    public List<string> TeacherQuestions() => [.. Emulator.Requests.For(EmulatorRoutes.ChatCompletions)
        .Select(r => JsonDocument.Parse(r.Body!).RootElement)
        .Where(b => b.GetProperty("model").GetString() == Teacher)
        .Select(b => b.GetProperty("messages").EnumerateArray().Last().GetProperty("content").GetString()!)];

    public void DeleteCache() => Directory.Delete(Path.Combine(Root, ".finetune", "cache", "generate"), recursive: true);

    /// <summary>"The capital of France is Paris." for a question about a known country.</summary>
    public static string Answer(string question)
    {
        var country = CountryIn().Match(question).Groups[1].Value;
        var pair = TrainingData.Capitals.Concat(TrainingData.OtherCapitals).FirstOrDefault(p => p.StartsWith(country + ":", StringComparison.Ordinal));
        return pair is null ? "I don't know." : $"The capital of {country} is {pair.Split(':')[1]}.";
    }

    public async ValueTask DisposeAsync()
    {
        Console.Dispose();
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex(@"capital of ([A-Z][a-z]+)")]
    private static partial Regex CountryIn();
}
