using System.Text.Json.Nodes;
using FineTune.Pipeline.Training;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.OpenAI;

public sealed class OpenAITrainerTests
{
    [Fact]
    public async Task A_run_uploads_once_creates_one_tagged_job_follows_it_and_returns_the_model()
    {
        await using var h = await TrainingHarness.StartAsync();

        var result = await h.TrainAsync();

        var job = h.Emulator.State.Jobs.Single();
        Assert.Equal(job.FineTunedModel, result.ModelId);
        Assert.Equal("succeeded", result.Status);
        Assert.False(result.Reused);
        Assert.Equal(job.TrainedTokens, result.TrainedTokens);
        Assert.Equal(job.Resolved!.NEpochs, result.Epochs);
        Assert.Equal([.. job.Checkpoints.Select(c => c.ModelName)], result.Checkpoints.Select(c => c.ModelId));
        Assert.Equal(job.TotalSteps, result.LossCurve.Count);
        Assert.Single(h.Emulator.State.Files, f => f.Purpose == "fine-tune");
        Assert.Matches(@"^train\.[0-9a-f]{12}\.jsonl$", h.Emulator.State.Files[0].Filename);
        Assert.Equal("harness", job.Suffix);
        Assert.Equal("0123abc", job.Metadata!["git_commit"]);
        Assert.Equal(64, job.Metadata["dataset_sha256"].Length);
        Assert.Equal(32, job.Metadata["finetune_identity"].Length);
        var body = JsonNode.Parse(h.Emulator.Requests.For(EmulatorRoutes.CreateJob).Single().Body!)!;
        Assert.Equal("auto", (string)body["method"]!["supervised"]!["hyperparameters"]!["n_epochs"]!);

        var state = JsonNode.Parse(await File.ReadAllTextAsync(h.StatePath))!;
        Assert.Equal(job.Id, (string)state["job_id"]!);
        Assert.Equal(result.ModelId, (string)state["model_id"]!);
        Assert.Equal(h.Emulator.State.Files[0].Id, (string)state["training_file"]!["id"]!);
        Assert.Contains(h.Log.Lines, l => l.StartsWith("progress: running", StringComparison.Ordinal));
        Assert.All(h.Time.Delays, d => Assert.Equal(TimeSpan.FromSeconds(30), d));
    }

    [Fact]
    public async Task A_second_run_with_the_same_data_and_settings_reuses_the_model_without_uploading_or_creating()
    {
        await using var h = await TrainingHarness.StartAsync();
        var first = await h.TrainAsync();
        h.Emulator.Requests.Clear();

        var second = await h.TrainAsync();

        Assert.True(second.Reused);
        Assert.Equal(first.ModelId, second.ModelId);
        Assert.Empty(h.Emulator.Requests.For(EmulatorRoutes.UploadFile));
        Assert.Empty(h.Emulator.Requests.For(EmulatorRoutes.CreateJob));
        Assert.Single(h.Emulator.State.Jobs);
    }

    [Fact]
    public async Task Changed_settings_make_a_new_job_but_reuse_the_uploaded_file()
    {
        await using var h = await TrainingHarness.StartAsync();
        await h.TrainAsync();
        h.Configure = c => c with { Train = c.Train with { Epochs = 2 } };

        var second = await h.TrainAsync();

        Assert.False(second.Reused);
        Assert.Equal(2, h.Emulator.State.Jobs.Count);
        Assert.Equal(2, second.Epochs);
        Assert.Equal(1, h.Emulator.Requests.Succeeded(EmulatorRoutes.UploadFile));
    }

    [Fact]
    public async Task Force_new_creates_another_job_for_the_same_identity()
    {
        await using var h = await TrainingHarness.StartAsync();
        await h.TrainAsync();

        var again = await h.TrainAsync(forceNew: true);

        Assert.Equal(2, h.Emulator.State.Jobs.Count);
        Assert.Equal(h.Emulator.State.Jobs[1].FineTunedModel, again.ModelId);
        Assert.Equal(1, h.Emulator.Requests.Succeeded(EmulatorRoutes.UploadFile));
    }
}
