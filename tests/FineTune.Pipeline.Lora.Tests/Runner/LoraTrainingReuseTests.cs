namespace FineTune.Pipeline.Lora.Tests.Runner;

/// <summary>
/// Never train twice: <c>train</c> with provider lora keeps its identity (data, settings, checkpoint) in
/// training-state.json beside the adapter, reuses a finished adapter, resumes a killed run from its newest
/// epoch checkpoint (ending bit-equal to an uninterrupted run), and trains again with --force-new or new inputs.
/// </summary>
public sealed class LoraTrainingReuseTests
{
    [Fact]
    public async Task A_second_run_with_the_same_identity_reuses_the_adapter_and_trains_nothing()
    {
        var project = new LoraProject();
        var first = await project.TrainAsync(new RecordingLog());
        var (bytes, metrics) = (project.AdapterBytes(), File.ReadAllText(project.Metrics));

        var log = new RecordingLog();
        var second = await project.TrainAsync(log);

        Assert.True(second.Reused);
        Assert.False(first.Reused);
        Assert.Equal("succeeded", second.Status);
        Assert.Contains(log.Lines, l => l.StartsWith("reusing the adapter in out/adapter", StringComparison.Ordinal));
        Assert.Empty(log.Steps);
        Assert.Equal(bytes, project.AdapterBytes());
        Assert.Equal(metrics, File.ReadAllText(project.Metrics));
        Assert.Equal(first.LossCurve, second.LossCurve);
        Assert.Equal(first.Checkpoints, second.Checkpoints);
        Assert.Equal((first.TrainedTokens, first.ModelId), (second.TrainedTokens, second.ModelId));
        Assert.Equal(12, second.LossCurve.Count);
        Assert.Equal(3, second.Checkpoints.Count(c => c.ValidLoss is not null));
        var state = project.State()!;
        Assert.Equal(("succeeded", "local"), (state.Status, state.BaseUrl));
        Assert.Equal(64, state.CheckpointSha256!.Length);
        Assert.Equal(64, state.AdapterSha256!.Length);
    }

    [Fact]
    public async Task Force_new_changed_settings_or_a_changed_adapter_train_again()
    {
        var project = new LoraProject();
        await project.TrainAsync(new RecordingLog());
        var identity = project.State()!.Identity;

        var forced = new RecordingLog();
        Assert.False((await project.TrainAsync(forced, forceNew: true)).Reused);
        Assert.Equal(12, forced.Steps.Count);
        Assert.Equal(identity, project.State()!.Identity);

        project.Write(dropout: 0, seed: 4);
        var reseeded = new RecordingLog();
        Assert.False((await project.TrainAsync(reseeded)).Reused);
        Assert.Equal(12, reseeded.Steps.Count);
        Assert.NotEqual(identity, project.State()!.Identity);
        Assert.Equal(Enumerable.Range(1, 12), project.MetricSteps());

        File.AppendAllText(Path.Combine(project.Adapter, "adapter_model.safetensors"), "edited");
        var edited = new RecordingLog();
        Assert.False((await project.TrainAsync(edited)).Reused);
        Assert.Contains(edited.Lines, l => l.StartsWith("resuming from checkpoint-epoch-3", StringComparison.Ordinal));
        Assert.Empty(edited.Steps); // the last checkpoint is the finished training: the adapter is written again from it
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.1, 0)]
    [InlineData(0.1, 6)]
    public async Task A_run_killed_after_epoch_1_resumes_from_epoch_2_and_ends_bit_equal_to_an_uninterrupted_run(double dropout, int killAfterStep)
    {
        var straight = new LoraProject(dropout);
        var uninterrupted = await straight.TrainAsync(new RecordingLog());

        var project = new LoraProject(dropout);
        using var kill = new CancellationTokenSource();
        var dying = killAfterStep == 0
            ? new RecordingLog(onInfo: line => { if (line.StartsWith("epoch 1:", StringComparison.Ordinal)) { kill.Cancel(); } })
            : new RecordingLog(onProgress: p => { if (p.Step == killAfterStep) { kill.Cancel(); } });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => project.TrainAsync(dying, cancellationToken: kill.Token));
        Assert.Equal("running", project.State()!.Status);
        Assert.True(Directory.Exists(Path.Combine(project.Adapter, "checkpoint-epoch-1")));
        Assert.False(Directory.Exists(Path.Combine(project.Adapter, "checkpoint-epoch-2")));

        var log = new RecordingLog();
        var resumed = await project.TrainAsync(log);

        Assert.Contains(log.Lines, l => l.StartsWith("resuming from checkpoint-epoch-1 (step 4, epoch 1)", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(5, 8), log.Steps.Select(s => s.Step));
        Assert.Equal(Enumerable.Range(1, 12), project.MetricSteps());
        Assert.Equal("succeeded", project.State()!.Status);
        Assert.Equal(straight.AdapterBytes(), project.AdapterBytes());
        Assert.Equal(uninterrupted.LossCurve, resumed.LossCurve);
        Assert.Equal(uninterrupted.Checkpoints.Select(c => (c.Step, c.ValidLoss)), resumed.Checkpoints.Select(c => (c.Step, c.ValidLoss)));
        Assert.Equal(uninterrupted.TrainedTokens, resumed.TrainedTokens);
    }
}
