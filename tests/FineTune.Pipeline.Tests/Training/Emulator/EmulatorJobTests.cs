using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.Emulator;

public sealed class EmulatorJobTests
{
    [Fact]
    public async Task A_job_moves_through_the_api_statuses_one_poll_at_a_time_and_leaves_metrics_and_checkpoints()
    {
        await using var env = await TestEmulator.StartAsync(new EmulatorOptions { RunningTicks = 2 });
        var file = await env.Http.UploadIdAsync(TrainingData.Chat());
        var id = await env.Http.CreateJobIdAsync(file, new { method = new { type = "supervised", supervised = new { hyperparameters = new { n_epochs = 4, batch_size = 2 } } } });

        var seen = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            seen.Add((string)JsonNode.Parse((await env.Http.GetAsync($"fine_tuning/jobs/{id}")).Body)!["status"]!);
        }

        Assert.Equal(["queued", "running", "running", "succeeded", "succeeded"], seen);
        var job = env.Server.State.Jobs.Single();
        Assert.Equal(24, job.TotalSteps);
        Assert.Equal([12, 18, 24], job.Checkpoints.Select(c => c.Step));
        Assert.Equal(24, job.Events.Count(e => e.Type == "metrics"));
        Assert.StartsWith("ft:gpt-4o-mini-2024-07-18:emulator::", job.FineTunedModel, StringComparison.Ordinal);
        Assert.Equal(4 * job.Examples.Sum(e => e.Tokens), job.TrainedTokens);
        Assert.Contains(env.Server.State.Files, f => f.Purpose == "fine-tune-results" && f.Id == job.ResultFiles.Single());
    }

    [Fact]
    public async Task Events_come_newest_first_and_page_backwards_with_after()
    {
        await using var env = await TestEmulator.StartAsync();
        var id = await env.Http.CreateJobIdAsync(await env.Http.UploadIdAsync(TrainingData.Chat()));
        await env.Http.PollUntilAsync(id, "succeeded");

        var first = JsonNode.Parse((await env.Http.GetAsync($"fine_tuning/jobs/{id}/events?limit=2")).Body)!;
        var last = (string)first["data"]![1]!["id"]!;
        var next = JsonNode.Parse((await env.Http.GetAsync($"fine_tuning/jobs/{id}/events?limit=2&after={last}")).Body)!;

        Assert.Equal("The job has successfully completed", (string)first["data"]![0]!["message"]!);
        Assert.True((bool)first["has_more"]!);
        var all = env.Server.State.Jobs.Single().Events;
        Assert.Equal(all[^3].Id, (string)next["data"]![0]!["id"]!);
    }

    [Theory]
    [InlineData(3, "invalid_n_examples", "Training file has 3 example(s), but must have at least 10 examples")]
    [InlineData(-1, "invalid_training_file", "Example 5: message 1 has an unrecognized role 'bot'.")]
    public async Task A_bad_training_file_fails_the_job_with_the_api_error_shape(int examples, string code, string message)
    {
        await using var env = await TestEmulator.StartAsync();
        var content = examples > 0 ? TrainingData.Chat(examples) : BadRoleOnFifthExample();
        var id = await env.Http.CreateJobIdAsync(await env.Http.UploadIdAsync(content));

        var job = await env.Http.PollUntilAsync(id, "failed", "succeeded");

        Assert.Equal("failed", (string)job["status"]!);
        Assert.Equal(code, (string)job["error"]!["code"]!);
        Assert.EndsWith(message, (string)job["error"]!["message"]!, StringComparison.Ordinal);
        Assert.Equal("training_file", (string)job["error"]!["param"]!);
        Assert.NotNull(job["finished_at"]);
    }

    [Fact]
    public async Task Job_creation_rejects_unknown_models_and_missing_files_synchronously()
    {
        await using var env = await TestEmulator.StartAsync();
        var file = await env.Http.UploadIdAsync(TrainingData.Chat());

        var (modelStatus, model) = await env.Http.PostAsync("fine_tuning/jobs", new { model = "gpt-9", training_file = file });
        var (fileStatus, missing) = await env.Http.PostAsync("fine_tuning/jobs", new { model = "gpt-4o-mini", training_file = "file-nope" });
        var (epochStatus, _) = await env.Http.PostAsync("fine_tuning/jobs", new { model = "gpt-4o-mini", training_file = file, method = new { type = "supervised", supervised = new { hyperparameters = new { n_epochs = 51 } } } });

        Assert.Equal(400, modelStatus);
        Assert.Equal("model_not_available", (string)JsonNode.Parse(model)!["error"]!["code"]!);
        Assert.Equal(400, fileStatus);
        Assert.Equal("training_file", (string)JsonNode.Parse(missing)!["error"]!["param"]!);
        Assert.Equal(400, epochStatus);
        Assert.Empty(env.Server.State.Jobs);
    }

    [Fact]
    public async Task Listing_jobs_filters_on_every_metadata_pair_given()
    {
        await using var env = await TestEmulator.StartAsync();
        var file = await env.Http.UploadIdAsync(TrainingData.Chat());
        var a = await env.Http.CreateJobIdAsync(file, new { metadata = new { dataset = "a", config = "1" } });
        await env.Http.CreateJobIdAsync(file, new { metadata = new { dataset = "b", config = "1" } });
        await env.Http.CreateJobIdAsync(file);

        var matching = JsonNode.Parse((await env.Http.GetAsync("fine_tuning/jobs?metadata[dataset]=a&metadata[config]=1")).Body)!;
        var byConfig = JsonNode.Parse((await env.Http.GetAsync("fine_tuning/jobs?metadata[config]=1")).Body)!;
        var all = JsonNode.Parse((await env.Http.GetAsync("fine_tuning/jobs?limit=2")).Body)!;

        Assert.Equal([a], matching["data"]!.AsArray().Select(j => (string)j!["id"]!));
        Assert.Equal(2, byConfig["data"]!.AsArray().Count);
        Assert.Equal(2, all["data"]!.AsArray().Count);
        Assert.True((bool)all["has_more"]!);
    }

    [Fact]
    public async Task A_paused_job_stays_paused_until_resumed_then_finishes()
    {
        await using var env = await TestEmulator.StartAsync(new EmulatorOptions { RunningTicks = 3 });
        var id = await env.Http.CreateJobIdAsync(await env.Http.UploadIdAsync(TrainingData.Chat()));
        var (early, _) = await env.Http.PostAsync($"fine_tuning/jobs/{id}/pause");
        await env.Http.PollUntilAsync(id, "running");

        var (_, pausing) = await env.Http.PostAsync($"fine_tuning/jobs/{id}/pause");
        var paused = await env.Http.PollUntilAsync(id, "paused");
        var still = await env.Http.PollUntilAsync(id, "paused");
        var (_, resumed) = await env.Http.PostAsync($"fine_tuning/jobs/{id}/resume");
        var done = await env.Http.PollUntilAsync(id, "succeeded");

        Assert.Equal(400, early);
        Assert.Equal("pausing", (string)JsonNode.Parse(pausing)!["status"]!);
        Assert.Equal("paused", (string)still["status"]!);
        Assert.Equal("running", (string)JsonNode.Parse(resumed)!["status"]!);
        Assert.NotNull(done["fine_tuned_model"]);
        Assert.Equal((string)paused["id"]!, id);
    }

    [Fact]
    public async Task The_pause_option_pauses_a_job_as_if_someone_had_done_it_in_the_dashboard()
    {
        await using var env = await TestEmulator.StartAsync(new EmulatorOptions { RunningTicks = 3, PauseAfterRunningTicks = 1 });
        var id = await env.Http.CreateJobIdAsync(await env.Http.UploadIdAsync(TrainingData.Chat()));

        var job = await env.Http.PollUntilAsync(id, "paused", "succeeded");

        Assert.Equal("paused", (string)job["status"]!);
        Assert.Contains(env.Server.State.Jobs.Single().Events, e => e.Message == "Pausing fine-tuning job");
    }

    [Fact]
    public async Task Cancelling_stops_a_job_and_a_finished_job_cannot_be_cancelled()
    {
        await using var env = await TestEmulator.StartAsync();
        var file = await env.Http.UploadIdAsync(TrainingData.Chat());
        var running = await env.Http.CreateJobIdAsync(file);
        var finished = await env.Http.CreateJobIdAsync(file);
        await env.Http.PollUntilAsync(finished, "succeeded");

        var (_, cancelled) = await env.Http.PostAsync($"fine_tuning/jobs/{running}/cancel");
        var (again, _) = await env.Http.PostAsync($"fine_tuning/jobs/{finished}/cancel");

        Assert.Equal("cancelled", (string)JsonNode.Parse(cancelled)!["status"]!);
        Assert.Equal("cancelled", (string)(await env.Http.PollUntilAsync(running, "cancelled"))["status"]!);
        Assert.Equal(400, again);
    }

    [Fact]
    public async Task In_time_mode_jobs_move_only_when_the_clock_does()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var env = await TestEmulator.StartAsync(new EmulatorOptions { Clock = clock, Progress = JobProgressMode.ByTime, TickDuration = TimeSpan.FromMinutes(1), RunningTicks = 2 });
        var id = await env.Http.CreateJobIdAsync(await env.Http.UploadIdAsync(TrainingData.Chat()));

        var polled = await env.Http.GetAsync($"fine_tuning/jobs/{id}");
        await env.Http.GetAsync($"fine_tuning/jobs/{id}");
        clock.Advance(TimeSpan.FromMinutes(2));
        var twoTicks = JsonNode.Parse((await env.Http.GetAsync($"fine_tuning/jobs/{id}")).Body)!;
        clock.Advance(TimeSpan.FromMinutes(10));
        var done = JsonNode.Parse((await env.Http.GetAsync($"fine_tuning/jobs/{id}")).Body)!;

        Assert.Equal("validating_files", (string)JsonNode.Parse(polled.Body)!["status"]!);
        Assert.Equal("running", (string)twoTicks["status"]!);
        Assert.Equal("succeeded", (string)done["status"]!);
        Assert.Equal(clock.GetUtcNow().AddMinutes(-10).ToUnixTimeSeconds() + 120, (long)done["finished_at"]!);
    }

    [Fact]
    public async Task In_manual_mode_only_the_test_moves_jobs()
    {
        await using var env = await TestEmulator.StartAsync(new EmulatorOptions { Progress = JobProgressMode.Manual, RunningTicks = 1 });
        var id = await env.Http.CreateJobIdAsync(await env.Http.UploadIdAsync(TrainingData.Chat()));
        await env.Http.GetAsync($"fine_tuning/jobs/{id}");
        Assert.Equal("validating_files", env.Server.State.Jobs.Single().Status);

        Assert.Equal("succeeded", env.Server.AdvanceJob(id, 3).Status);
    }

    private static string BadRoleOnFifthExample()
    {
        var lines = TrainingData.Chat().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[4] = TrainingData.Line(("bot", "hi"), ("assistant", "hello"));
        lines.Insert(2, string.Empty);
        return string.Join("\n", lines) + "\n";
    }
}
