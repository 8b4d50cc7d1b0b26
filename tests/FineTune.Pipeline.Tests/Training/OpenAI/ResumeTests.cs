using FineTune.Pipeline.Training;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.OpenAI;

/// <summary>Killing a run at any point and running again creates no second job and uploads no second file.</summary>
public sealed class ResumeTests
{
    [Theory]
    [InlineData("progress: running", true)]
    [InlineData("progress: running", false)]
    [InlineData("info: Created fine-tuning job", true)]
    [InlineData("info: Created fine-tuning job", false)]
    [InlineData("uploaded as file-", true)]
    [InlineData("uploaded as file-", false)]
    public async Task A_run_killed_at_any_point_then_rerun_makes_exactly_one_upload_and_one_job(string killAt, bool keepState)
    {
        await using var h = await TrainingHarness.StartAsync();
        using var kill = new CancellationTokenSource();
        h.Log.OnLine = line =>
        {
            if (line.Contains(killAt, StringComparison.Ordinal))
            {
                kill.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.TrainAsync(cancellationToken: kill.Token));
        h.Log.OnLine = null;
        if (!keepState)
        {
            File.Delete(h.StatePath);
        }

        var result = await h.TrainAsync();

        Assert.Single(h.Emulator.State.Jobs);
        Assert.Single(h.Emulator.State.Files, f => f.Purpose == "fine-tune");
        Assert.Equal(1, h.Emulator.Requests.Succeeded(EmulatorRoutes.UploadFile));
        Assert.Equal(1, h.Emulator.Requests.Succeeded(EmulatorRoutes.CreateJob));
        Assert.Equal(h.Emulator.State.Jobs[0].FineTunedModel, result.ModelId);
        Assert.Equal("succeeded", h.Emulator.State.Jobs[0].Status);
    }

    [Fact]
    public async Task Cancelling_keeps_the_remote_job_running_and_says_how_to_resume()
    {
        await using var h = await TrainingHarness.StartAsync();
        using var kill = new CancellationTokenSource();
        h.Log.OnLine = line =>
        {
            if (line.StartsWith("progress: running", StringComparison.Ordinal))
            {
                kill.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.TrainAsync(cancellationToken: kill.Token));

        Assert.True(h.Emulator.State.Jobs.Single().IsTerminal is false);
        Assert.Empty(h.Emulator.Requests.For(EmulatorRoutes.CancelJob));
        Assert.Contains(h.Log.Lines, l => l.StartsWith("warn: Cancelled. Job ftjob-emu000002 keeps running", StringComparison.Ordinal));
        Assert.True(File.Exists(h.StatePath));
    }

    [Fact]
    public async Task With_cancel_remote_on_abort_cancelling_also_cancels_the_remote_job_and_a_rerun_starts_afresh()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Configure = c => c with { Train = c.Train with { CancelRemoteOnAbort = true } };
        using var kill = new CancellationTokenSource();
        h.Log.OnLine = line =>
        {
            if (line.StartsWith("progress: running", StringComparison.Ordinal))
            {
                kill.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.TrainAsync(cancellationToken: kill.Token));
        h.Log.OnLine = null;
        Assert.Equal("cancelled", h.Emulator.State.Jobs.Single().Status);

        await h.TrainAsync();

        Assert.Equal(2, h.Emulator.State.Jobs.Count);
        Assert.Equal(1, h.Emulator.Requests.Succeeded(EmulatorRoutes.UploadFile));
    }

    [Theory]
    [InlineData(EmulatorRoutes.UploadFile)]
    [InlineData(EmulatorRoutes.CreateJob)]
    public async Task A_create_whose_answer_is_lost_is_found_instead_of_repeated(string route)
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Emulator.Faults.Inject(route, Fault.LoseResponse(), times: 1);

        await h.TrainAsync();

        Assert.Single(h.Emulator.State.Jobs);
        Assert.Single(h.Emulator.State.Files, f => f.Purpose == "fine-tune");
        Assert.Single(h.Emulator.Requests.For(route));
        Assert.Contains(h.Log.Lines, l => l.Contains("it had gone through", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_earlier_job_is_reported_not_retried_and_force_new_tries_again()
    {
        await using var h = await TrainingHarness.StartAsync();
        await h.TrainAsync();
        var job = h.Emulator.State.Jobs.Single();
        h.Emulator.SetJobStatus(job.Id, "failed");

        var earlier = await h.FailAsync();
        var fresh = await h.TrainAsync(forceNew: true);

        Assert.Equal(TrainingFailure.EarlierJobFailed, earlier.Failure);
        Assert.Equal(3, earlier.ExitCode);
        Assert.Contains("--force-new", earlier.Message, StringComparison.Ordinal);
        Assert.Equal(2, h.Emulator.State.Jobs.Count);
        Assert.Equal(h.Emulator.State.Jobs[1].FineTunedModel, fresh.ModelId);
    }

    [Fact]
    public async Task A_server_that_rejects_the_metadata_filter_is_searched_without_it()
    {
        await using var h = await TrainingHarness.StartAsync();
        await h.TrainAsync();
        File.Delete(h.StatePath);
        h.Emulator.Faults.Inject(EmulatorRoutes.ListJobs, Fault.BadRequest("Unrecognized request argument supplied: metadata"), times: 1);

        var again = await h.TrainAsync();

        Assert.True(again.Reused);
        Assert.Single(h.Emulator.State.Jobs);
        Assert.Equal("?limit=100", h.Emulator.Requests.For(EmulatorRoutes.ListJobs)[^1].Query);
    }
}
