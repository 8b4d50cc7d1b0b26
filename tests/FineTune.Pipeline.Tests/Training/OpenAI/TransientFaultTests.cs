using FineTune.Pipeline.Training;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.OpenAI;

public sealed class TransientFaultTests
{
    [Fact]
    public async Task A_storm_of_429s_with_huge_retry_after_is_ridden_out_with_capped_waits()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Configure = c => c with { OpenAI = c.OpenAI with { MaxRetryAfterSeconds = 20 } };
        h.Emulator.Faults.Inject(EmulatorRoutes.CreateJob, Fault.RateLimit(TimeSpan.FromHours(114)), times: 4);
        h.Emulator.Faults.Inject(EmulatorRoutes.UploadFile, Fault.RateLimit(TimeSpan.FromSeconds(5)), times: 2);

        var result = await h.TrainAsync();

        Assert.Equal("succeeded", result.Status);
        Assert.Single(h.Emulator.State.Jobs);
        Assert.Equal(5, h.Emulator.Requests.For(EmulatorRoutes.CreateJob).Count);
        Assert.Equal(4, h.Time.Delays.Count(d => d == TimeSpan.FromSeconds(20)));
        Assert.Equal(2, h.Time.Delays.Count(d => d == TimeSpan.FromSeconds(5)));
        Assert.DoesNotContain(h.Time.Delays, d => d > TimeSpan.FromSeconds(30));
        Assert.Contains(h.Log.Lines, l => l.Contains("it asked for 114 h; capped by openai.max_retry_after_seconds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limits_beyond_the_retries_fail_with_exit_code_3_and_advice()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Configure = c => c with { OpenAI = c.OpenAI with { MaxRetries = 2 } };
        h.Emulator.Faults.Inject(EmulatorRoutes.ListJobs, Fault.RateLimit(TimeSpan.FromSeconds(1)));

        var e = await h.FailAsync();

        Assert.Equal(TrainingFailure.RateLimited, e.Failure);
        Assert.Equal(3, e.ExitCode);
        Assert.Equal(3, h.Emulator.Requests.For(EmulatorRoutes.ListJobs).Count);
        Assert.Contains("openai.max_retries", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_storm_of_500s_while_polling_is_retried_with_backoff_and_the_job_is_followed_to_the_end()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Emulator.Faults.Inject(EmulatorRoutes.GetJob, Fault.ServerError(), times: 9, skip: 2);
        h.Emulator.Faults.Inject(EmulatorRoutes.ListEvents, Fault.ServerError(503), times: 3);

        var result = await h.TrainAsync();

        Assert.Equal("succeeded", result.Status);
        Assert.Single(h.Emulator.State.Jobs);
        Assert.Contains(TimeSpan.FromSeconds(0.8), h.Time.Delays);
        Assert.Contains(TimeSpan.FromSeconds(1.6), h.Time.Delays);
        Assert.Contains(TimeSpan.FromSeconds(3.2), h.Time.Delays);
        Assert.Contains(h.Log.Lines, l => l.StartsWith("warn: Polling job ftjob-emu000002 failed (1 of 10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_errors_on_job_creation_look_for_the_job_before_creating_again()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Emulator.Faults.Inject(EmulatorRoutes.CreateJob, Fault.ServerError(502), times: 2);

        await h.TrainAsync();

        Assert.Single(h.Emulator.State.Jobs);
        Assert.Equal(3, h.Emulator.Requests.For(EmulatorRoutes.CreateJob).Count);
        Assert.Equal(3, h.Emulator.Requests.For(EmulatorRoutes.ListJobs).Count);
    }

    [Fact]
    public async Task Dropped_connections_and_slow_answers_are_retried()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Configure = c => c with { OpenAI = c.OpenAI with { RequestTimeoutSeconds = 1 } };
        h.Emulator.Faults.Inject(EmulatorRoutes.ListEvents, Fault.Drop(), times: 2);
        h.Emulator.Faults.Inject(EmulatorRoutes.GetJob, Fault.Slow(TimeSpan.FromSeconds(3)), times: 1, skip: 1);
        h.Emulator.Faults.Inject(EmulatorRoutes.ListFiles, Fault.Drop(), times: 1);

        var result = await h.TrainAsync();

        Assert.Equal("succeeded", result.Status);
        Assert.Single(h.Emulator.State.Jobs);
        Assert.Contains(h.Log.Lines, l => l.Contains("failed to answer (network error or timeout)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_endpoint_fails_with_exit_code_3_after_the_retries()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Configure = c => c with { OpenAI = c.OpenAI with { MaxRetries = 1 } };
        h.Emulator.Faults.Inject("*", Fault.Drop());

        var e = await h.FailAsync();

        Assert.Equal(TrainingFailure.Unavailable, e.Failure);
        Assert.Equal(3, e.ExitCode);
        Assert.StartsWith($"Could not reach {h.Emulator.BaseUrl} while looking for an earlier job with the same identity", e.Message, StringComparison.Ordinal);
    }
}
