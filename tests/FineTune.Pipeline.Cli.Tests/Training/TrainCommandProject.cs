using System.Diagnostics;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Cli.Tests.Training;

/// <summary>
/// A project (finetune.yaml, 12 train and 3 eval examples) whose <c>openai.base_url</c> is an emulator in
/// the test process; runs the real <c>finetune</c> executable against it with a distinctive fake key.
/// Polls every second and jobs take a few polls, so a run lasts a few seconds of real time.
/// </summary>
internal sealed class TrainCommandProject : IAsyncDisposable
{
    public const string ApiKey = "sk-cli-SECRET-51e2b7a9c04d38f6";
    public const string KeyVariable = "FINETUNE_E2E_OPENAI_KEY";

    private TrainCommandProject(OpenAIEmulator emulator) => Emulator = emulator;

    public OpenAIEmulator Emulator { get; }

    public TempProject Project { get; } = new();

    public string GitHubOutput => Path.Combine(Project.Root, "github-output.txt");

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal) { [KeyVariable] = ApiKey };

    public static async Task<TrainCommandProject> StartAsync(EmulatorOptions? options = null)
    {
        var emulator = new OpenAIEmulator((options ?? new EmulatorOptions { RunningTicks = 1 }) with { ApiKey = ApiKey });
        await emulator.StartAsync();
        var project = new TrainCommandProject(emulator);
        project.Project.Write("finetune.yaml", TempProject.Yaml(extra: $"""
            openai:
              base_url: {emulator.BaseUrl}
              api_key_env: {KeyVariable}
              poll_interval_seconds: 1
            validation:
              rules:
                FT0021: off
            """));
        project.Project.Write("data/train.jsonl", TempProject.Lines(Enumerable.Range(1, 12).Select(i => TempProject.Example(i))));
        project.Project.Write("data/eval.jsonl", TempProject.Lines(Enumerable.Range(100, 3).Select(i => TempProject.Example(i))));
        project.Environment["GITHUB_ACTIONS"] = "true";
        project.Environment["GITHUB_OUTPUT"] = project.GitHubOutput;
        return project;
    }

    public ProcessResult Run(params string[] args) => FinetuneProcess.Run(Project.Root, Environment, args);

    /// <summary>Starts <c>finetune</c> without waiting; the caller signals or kills it.</summary>
    public Process Start(params string[] args) => Process.Start(FinetuneProcess.StartInfo(Project.Root, Environment, args))!;

    /// <summary>Every byte the run left on disk under the project (reports, state, outputs).</summary>
    public IEnumerable<(string Path, string Text)> Files() =>
        Directory.EnumerateFiles(Project.Root, "*", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f)));

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Project.Dispose();
    }
}
