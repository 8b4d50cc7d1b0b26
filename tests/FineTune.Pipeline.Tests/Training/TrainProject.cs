using System.Text.Json;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Tests.TestSupport;
using FineTune.Pipeline.Tests.Training.Emulator;
using OpenAI.Emulator;
using Spectre.Console.Testing;

namespace FineTune.Pipeline.Tests.Training;

/// <summary>
/// A project folder (finetune.yaml, train and eval JSONL) run through the real runner, loader and
/// validator against an emulator, on virtual time: <c>finetune train</c> in-process.
/// </summary>
internal sealed class TrainProject : IAsyncDisposable
{
    private TrainProject(OpenAIEmulator emulator, string root, InstantTimeProvider time) => (Emulator, Root, Time) = (emulator, root, time);

    public OpenAIEmulator Emulator { get; }

    public string Root { get; }

    public string ReportDir => Path.Combine(Root, "artifacts", "finetune");

    public TestConsole Console { get; private set; } = Consoles.Plain();

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal) { [TrainingHarness.KeyVariable] = TrainingHarness.ApiKey };

    public InstantTimeProvider Time { get; }

    public static async Task<TrainProject> StartAsync(EmulatorOptions? options = null, string extraYaml = "", bool evalFile = true)
    {
        var time = new InstantTimeProvider();
        var emulator = new OpenAIEmulator((options ?? new EmulatorOptions { RunningTicks = 2 }) with { ApiKey = TrainingHarness.ApiKey, Clock = time });
        await emulator.StartAsync();
        var root = Directory.CreateTempSubdirectory("finetune-train-target-").FullName;
        var project = new TrainProject(emulator, root, time);
        project.Write("data/train.jsonl", TrainingData.Chat());
        if (evalFile)
        {
            project.Write("data/eval.jsonl", TrainingData.Eval());
        }

        project.Write("finetune.yaml", $"""
            version: 1
            data:
              train: data/train.jsonl
            {(evalFile ? "  eval: data/eval.jsonl" : string.Empty)}
            train:
              provider: openai
              base_model: gpt-4o-mini-2024-07-18
              suffix: e2e
            cost:
              budget_usd: 5
            openai:
              base_url: {emulator.BaseUrl}
              api_key_env: {TrainingHarness.KeyVariable}
              poll_interval_seconds: 30
            {extraYaml}
            """);
        return project;
    }

    public void Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Runs <c>finetune args</c> with a fresh console; the output is in <see cref="Console"/>.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        Console.Dispose();
        Console = Consoles.Plain();
        var services = new PipelineServices { Time = Time, Environment = Environment, WorkingDirectory = Root };
        return await new PipelineRunner(Console, services).RunAsync(CommandLineParser.Parse(args), cancellationToken);
    }

    public Task<int> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    public JsonElement Report() => JsonDocument.Parse(File.ReadAllText(Path.Combine(ReportDir, "report.json"))).RootElement;

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
}
