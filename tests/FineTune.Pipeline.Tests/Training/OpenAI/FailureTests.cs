using FineTune.Pipeline.Config;
using FineTune.Pipeline.Tests.Training.Emulator;
using FineTune.Pipeline.Training;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.OpenAI;

public sealed class FailureTests
{
    [Fact]
    public async Task A_file_the_api_rejects_fails_with_its_code_message_and_the_line_of_the_example()
    {
        var lines = TrainingData.Chat().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[4] = TrainingData.Line(("bot", "hi"), ("assistant", "hello"));
        lines.Insert(1, string.Empty);
        await using var h = await TrainingHarness.StartAsync(trainingData: string.Join("\n", lines) + "\n");

        var e = await h.FailAsync();

        Assert.Equal(TrainingFailure.JobFailed, e.Failure);
        Assert.Equal(3, e.ExitCode);
        Assert.Equal("invalid_training_file", e.ApiCode);
        Assert.Equal(h.Emulator.State.Jobs.Single().Id, e.JobId);
        Assert.StartsWith("data/train.jsonl(6,1): error FT5001: ", e.Location!.ToCanonicalString(), StringComparison.Ordinal);
        Assert.Contains("Example 5: message 1 has an unrecognized role 'bot'.", e.Message, StringComparison.Ordinal);
        Assert.Contains("(data/train.jsonl, line 6)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_few_examples_fail_at_the_api_with_its_error_code()
    {
        await using var h = await TrainingHarness.StartAsync(trainingData: TrainingData.Chat(4));

        var e = await h.FailAsync();

        Assert.Equal("invalid_n_examples", e.ApiCode);
        Assert.Null(e.Location);
        Assert.Contains("Training file has 4 example(s), but must have at least 10 examples", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_403_on_job_creation_explains_the_openai_wind_down_and_the_way_out()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Emulator.Faults.Inject(EmulatorRoutes.CreateJob, Fault.Forbidden());

        var e = await h.FailAsync();

        Assert.Equal(TrainingFailure.NotEligible, e.Failure);
        Assert.Equal(3, e.ExitCode);
        Assert.Equal(403, e.HttpStatus);
        Assert.Contains("winding down", e.Message, StringComparison.Ordinal);
        Assert.Contains("train.provider: lora", e.Message, StringComparison.Ordinal);
        Assert.Contains("openai.base_url", e.Message, StringComparison.Ordinal);
        Assert.Single(h.Emulator.Requests.For(EmulatorRoutes.CreateJob));
    }

    [Fact]
    public async Task A_rejected_key_is_a_401_failure_that_never_shows_the_key()
    {
        await using var h = await TrainingHarness.StartAsync();

        var e = await h.FailAsync(apiKey: "sk-wrong-but-secret-998877");

        Assert.Equal(TrainingFailure.InvalidApiKey, e.Failure);
        Assert.Equal(401, e.HttpStatus);
        Assert.Contains("$" + TrainingHarness.KeyVariable, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("998877", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("998877", h.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_key_variable_is_a_configuration_error_before_any_request()
    {
        await using var h = await TrainingHarness.StartAsync();

        var e = await h.FailAsync(apiKey: null);

        Assert.Equal(TrainingFailure.MissingApiKey, e.Failure);
        Assert.Equal(2, e.ExitCode);
        Assert.Contains(TrainingHarness.KeyVariable, e.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests.All);
    }

    [Fact]
    public async Task Insufficient_quota_is_not_retried()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Emulator.Faults.Inject(EmulatorRoutes.CreateJob, Fault.InsufficientQuota());

        var e = await h.FailAsync();

        Assert.Equal(TrainingFailure.InsufficientQuota, e.Failure);
        Assert.Single(h.Emulator.Requests.For(EmulatorRoutes.CreateJob));
        Assert.Contains("Retrying does not help", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_base_model_is_a_configuration_error()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Configure = c => c with { Train = c.Train with { BaseModel = "gpt-9-mini" } };

        var e = await h.FailAsync();

        Assert.Equal(TrainingFailure.UnknownModel, e.Failure);
        Assert.Equal(2, e.ExitCode);
        Assert.Contains("'gpt-9-mini'", e.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.State.Jobs);
    }

    [Fact]
    public async Task A_paused_job_stops_the_run_and_resume_paused_continues_the_same_job()
    {
        await using var h = await TrainingHarness.StartAsync(new EmulatorOptions { RunningTicks = 3, PauseAfterRunningTicks = 1 });

        var paused = await h.FailAsync();
        h.Configure = c => c with { OpenAI = c.OpenAI with { ResumePaused = true } };
        var result = await h.TrainAsync();

        Assert.Equal(TrainingFailure.JobPaused, paused.Failure);
        Assert.Equal(3, paused.ExitCode);
        Assert.Contains("openai.resume_paused", paused.Message, StringComparison.Ordinal);
        Assert.Single(h.Emulator.State.Jobs);
        Assert.Equal(h.Emulator.State.Jobs[0].FineTunedModel, result.ModelId);
        Assert.Single(h.Emulator.Requests.For(EmulatorRoutes.ResumeJob));
    }

    [Fact]
    public async Task A_job_cancelled_on_the_endpoint_ends_the_run_with_exit_code_3()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Log.OnLine = line =>
        {
            if (line.StartsWith("progress: running", StringComparison.Ordinal))
            {
                h.Emulator.SetJobStatus(h.Emulator.State.Jobs[0].Id, "cancelled");
            }
        };

        var e = await h.FailAsync();

        Assert.Equal(TrainingFailure.JobCancelled, e.Failure);
        Assert.Equal(3, e.ExitCode);
    }

    [Fact]
    public async Task An_unknown_status_is_followed_with_a_warning()
    {
        await using var h = await TrainingHarness.StartAsync(new EmulatorOptions { RunningTicks = 3 });
        var once = true;
        h.Log.OnLine = line =>
        {
            if (once && line.StartsWith("progress: running", StringComparison.Ordinal))
            {
                once = false;
                h.Emulator.SetJobStatus(h.Emulator.State.Jobs[0].Id, "rebalancing");
            }
            else if (line.Contains("'rebalancing'", StringComparison.Ordinal))
            {
                h.Emulator.SetJobStatus(h.Emulator.State.Jobs[0].Id, "running");
            }
        };

        var result = await h.TrainAsync();

        Assert.Equal("succeeded", result.Status);
        Assert.Contains(h.Log.Lines, l => l.StartsWith("warn: Job ftjob-emu000002 reports the status 'rebalancing'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Following_gives_up_after_the_timeout_and_keeps_the_job_for_the_rerun()
    {
        await using var h = await TrainingHarness.StartAsync(new EmulatorOptions { Progress = JobProgressMode.Manual });
        h.Configure = c => c with { OpenAI = c.OpenAI with { JobTimeoutMinutes = 10, PollIntervalSeconds = 60 } };

        var e = await h.FailAsync();

        Assert.Equal(TrainingFailure.Timeout, e.Failure);
        Assert.Equal(3, e.ExitCode);
        Assert.Equal(10, h.Time.Delays.Count);
        Assert.Contains("re-run `finetune train` to follow it again", e.Message, StringComparison.Ordinal);
        Assert.Equal(e.JobId, h.Emulator.State.Jobs.Single().Id);
    }

    [Fact]
    public async Task Preference_data_is_refused_before_anything_is_uploaded()
    {
        await using var h = await TrainingHarness.StartAsync();
        h.Configure = c => c with { Data = c.Data with { Format = DataFormat.Dpo } };

        var e = await h.FailAsync();

        Assert.Equal(2, e.ExitCode);
        Assert.Contains("`data.format: dpo` is validated and costed but not trained yet", e.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests.All);
    }
}
