using System.Text;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Testing;
using FineTune.Pipeline.Tests.Training.Emulator;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.OpenAI;

/// <summary>Every failure message of train, as people read them, in one reviewed file.</summary>
public sealed class FailureMessageSnapshotTests
{
    [Fact]
    public async Task Each_failure_says_what_happened_and_what_to_do()
    {
        var text = new StringBuilder();
        await AddAsync(text, "missing key", h => h.FailAsync(apiKey: null));
        await AddAsync(text, "401", h => h.FailAsync(apiKey: "sk-wrong-9999"));
        await AddAsync(text, "403 on job creation", h => Inject(h, EmulatorRoutes.CreateJob, Fault.Forbidden()));
        await AddAsync(text, "403 elsewhere", h => Inject(h, EmulatorRoutes.UploadFile, Fault.Forbidden("Missing scope: api.files.write")));
        await AddAsync(text, "insufficient quota", h => Inject(h, EmulatorRoutes.CreateJob, Fault.InsufficientQuota()));
        await AddAsync(text, "rate limited", h => Inject(h, EmulatorRoutes.ListJobs, Fault.RateLimit(TimeSpan.FromSeconds(2))));
        await AddAsync(text, "server errors", h => Inject(h, EmulatorRoutes.ListJobs, Fault.ServerError(503)));
        await AddAsync(text, "unknown model", h =>
        {
            h.Configure = c => c with { Train = c.Train with { BaseModel = "gpt-9-mini" } };
            return h.FailAsync();
        });
        await AddAsync(text, "bad data", h => h.FailAsync(), TrainingData.Chat(4));
        await AddAsync(text, "paused", h => h.FailAsync(), options: new EmulatorOptions { RunningTicks = 3, PauseAfterRunningTicks = 1 });
        await AddAsync(text, "timeout", h =>
        {
            h.Configure = c => c with { OpenAI = c.OpenAI with { JobTimeoutMinutes = 5 } };
            return h.FailAsync();
        }, options: new EmulatorOptions { Progress = JobProgressMode.Manual });

        Snapshot.Verify(text.ToString());
    }

    private static Task<FineTune.Pipeline.Training.TrainingException> Inject(TrainingHarness h, string route, Fault fault)
    {
        h.Emulator.Faults.Inject(route, fault);
        h.Configure = c => c with { OpenAI = c.OpenAI with { MaxRetries = 1 } };
        return h.FailAsync();
    }

    private static async Task AddAsync(StringBuilder text, string title, Func<TrainingHarness, Task<FineTune.Pipeline.Training.TrainingException>> fail, string? data = null, EmulatorOptions? options = null)
    {
        await using var h = await TrainingHarness.StartAsync(options, data);
        var e = await fail(h);
        text.Append(title).Append(" -> exit ").Append(e.ExitCode).Append(", ").Append(e.Failure).Append('\n')
            .Append(e.Message.Replace(h.Emulator.BaseUrl, "{endpoint}", StringComparison.Ordinal)).Append("\n\n");
    }
}
