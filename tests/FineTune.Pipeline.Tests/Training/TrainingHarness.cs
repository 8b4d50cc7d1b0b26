using FineTune.Pipeline.Config;
using FineTune.Pipeline.Tests.Training.Emulator;
using FineTune.Pipeline.Training;
using FineTune.Pipeline.Training.OpenAI;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training;

/// <summary>
/// A project folder with <c>data/train.jsonl</c>, an emulator, virtual time and a recording log:
/// everything an <see cref="OpenAITrainer"/> test needs. The API key is a distinctive fake value
/// so that tests can prove it never leaks.
/// </summary>
internal sealed class TrainingHarness : IAsyncDisposable
{
    public const string ApiKey = "sk-emu-SECRET-7f3a9c1d55e04b2a";
    public const string KeyVariable = "FINETUNE_TEST_OPENAI_KEY";

    private TrainingHarness(OpenAIEmulator emulator, string directory, InstantTimeProvider time) => (Emulator, Directory, Time) = (emulator, directory, time);

    public OpenAIEmulator Emulator { get; }

    public string Directory { get; }

    public string ReportDirectory => Path.Combine(Directory, "artifacts", "finetune");

    public string StatePath => Path.Combine(ReportDirectory, TrainingStateStore.FileName);

    public InstantTimeProvider Time { get; }

    public RecordingTrainingLog Log { get; } = new();

    /// <summary>Changes applied to the config of every run.</summary>
    public Func<FineTuneConfig, FineTuneConfig> Configure { get; set; } = c => c;

    public static async Task<TrainingHarness> StartAsync(EmulatorOptions? options = null, string? trainingData = null)
    {
        var time = new InstantTimeProvider();
        var emulator = new OpenAIEmulator((options ?? new EmulatorOptions { RunningTicks = 3 }) with { ApiKey = ApiKey, Clock = time });
        await emulator.StartAsync();
        var directory = System.IO.Directory.CreateTempSubdirectory("finetune-train-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "data"));
        await File.WriteAllTextAsync(Path.Combine(directory, "data", "train.jsonl"), trainingData ?? TrainingData.Chat());
        return new TrainingHarness(emulator, directory, time);
    }

    public FineTuneConfig Config() => Configure(new FineTuneConfig
    {
        BaseDirectory = Directory,
        Data = new DataConfig { Train = "data/train.jsonl", EvalSplit = new EvalSplitConfig { Fraction = 0 } },
        Train = new TrainConfig { BaseModel = "gpt-4o-mini-2024-07-18", Suffix = "harness" },
        OpenAI = new OpenAIConfig { BaseUrl = Emulator.BaseUrl, ApiKeyEnv = KeyVariable, PollIntervalSeconds = 30, RequestTimeoutSeconds = 10 },
    });

    public Task<TrainingResult> TrainAsync(bool forceNew = false, string? apiKey = ApiKey, CancellationToken cancellationToken = default)
    {
        var settings = PipelineSettings.Resolve(Config());
        var request = TrainingRequest.For(settings, ReportDirectory, Path.Combine(Directory, "obj")) with { ForceNew = forceNew, GitCommit = "0123abc" };
        var trainer = new OpenAITrainer(Log, Time, name => name == KeyVariable ? apiKey : null);
        return trainer.TrainAsync(request, cancellationToken);
    }

    /// <summary>Runs training and returns the failure it must end with.</summary>
    public async Task<TrainingException> FailAsync(bool forceNew = false, string? apiKey = ApiKey)
    {
        try
        {
            var result = await TrainAsync(forceNew, apiKey: apiKey);
            throw new Xunit.Sdk.XunitException($"Training succeeded with {result.ModelId}; a failure was expected.\n{Log.Text}");
        }
        catch (TrainingException e)
        {
            return e;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
