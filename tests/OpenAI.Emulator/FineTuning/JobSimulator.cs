using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenAI.Emulator;

/// <summary>
/// Moves jobs through <c>validating_files → queued → running → succeeded</c> (or <c>failed</c>), one
/// tick at a time, writing the events, metrics, checkpoints and result file the API would.
/// Callers hold the state lock.
/// </summary>
internal sealed class JobSimulator(EmulatorOptions options, EmulatorState state)
{
    private DateTimeOffset? _tickTime;

    /// <summary>The time of the tick being applied: catch-up ticks are stamped when they would have happened.</summary>
    private long Now => (_tickTime ?? options.Clock.GetUtcNow()).ToUnixTimeSeconds();

    /// <summary>In <see cref="JobProgressMode.ByTime"/>, applies the ticks that elapsed since the job last moved.</summary>
    public void CatchUp(EmulatedJob job)
    {
        if (options.Progress != JobProgressMode.ByTime || options.TickDuration <= TimeSpan.Zero)
        {
            return;
        }

        var now = options.Clock.GetUtcNow();
        try
        {
            while (now - job.LastAdvance >= options.TickDuration && !job.IsTerminal)
            {
                job.LastAdvance += options.TickDuration;
                _tickTime = job.LastAdvance;
                Tick(job);
            }
        }
        finally
        {
            _tickTime = null;
        }
    }

    public void Tick(EmulatedJob job)
    {
        switch (job.Status)
        {
            case "validating_files":
                Validate(job);
                break;
            case "queued":
                Start(job);
                break;
            case "running":
                Run(job);
                break;
            case "pausing":
                job.Status = "paused";
                AddEvent(job, "info", "Fine-tuning job paused");
                break;
        }
    }

    public void AddEvent(EmulatedJob job, string level, string message, JsonObject? data = null) =>
        job.Events.Add(new JobEvent(state.NewId("ftevent-emu"), Now, level, message, data is null ? "message" : "metrics", data));

    public void Fail(EmulatedJob job, JobError error)
    {
        job.Status = "failed";
        job.Error = error;
        job.FinishedAt = Now;
        AddEvent(job, "error", error.Message);
    }

    private void Validate(EmulatedJob job)
    {
        var training = state.FindFile(job.TrainingFileId);
        var (error, examples) = TrainingFileCheck.Check(training?.Content ?? [], options.MinExamples, "training_file");
        if (error is null && job.ValidationFileId is not null)
        {
            var validation = state.FindFile(job.ValidationFileId);
            (error, _) = TrainingFileCheck.Check(validation?.Content ?? [], 1, "validation_file");
        }

        if (error is not null)
        {
            Fail(job, error);
            return;
        }

        job.Examples = examples;
        job.Status = "queued";
        AddEvent(job, "info", "Files validated, moving job to queued state");
    }

    private void Start(EmulatedJob job)
    {
        var resolved = job.Requested.Resolve(job.Examples.Count);
        job.Resolved = resolved;
        job.TotalSteps = resolved.NEpochs!.Value * (int)Math.Ceiling(job.Examples.Count / (double)resolved.BatchSize!.Value);
        job.Status = "running";
        AddEvent(job, "info", "Fine-tuning job started");
    }

    private void Run(EmulatedJob job)
    {
        job.RunningTicks++;
        var target = (int)Math.Ceiling(job.TotalSteps * Math.Min(1.0, job.RunningTicks / (double)Math.Max(1, options.RunningTicks)));
        var stepsPerEpoch = job.TotalSteps / job.Resolved!.NEpochs!.Value;
        while (job.Step < target)
        {
            job.Step++;
            var loss = LossCurve.TrainLoss(job.Step, job.TotalSteps);
            var data = new JsonObject { ["step"] = job.Step, ["train_loss"] = loss, ["total_steps"] = job.TotalSteps, ["train_mean_token_accuracy"] = LossCurve.Accuracy(loss) };
            var message = string.Create(CultureInfo.InvariantCulture, $"Step {job.Step}/{job.TotalSteps}: training loss={loss:0.0000}");
            if (job.ValidationFileId is not null)
            {
                data["valid_loss"] = LossCurve.ValidLoss(job.Step, job.TotalSteps);
                message += string.Create(CultureInfo.InvariantCulture, $", validation loss={LossCurve.ValidLoss(job.Step, job.TotalSteps):0.0000}");
            }

            AddEvent(job, "info", message, data);
            if (job.Step % stepsPerEpoch == 0 && job.Step / stepsPerEpoch > job.Resolved.NEpochs.Value - 3)
            {
                AddCheckpoint(job, loss);
            }
        }

        if (job.Step >= job.TotalSteps)
        {
            Succeed(job);
        }
        else if (options.PauseAfterRunningTicks == job.RunningTicks && !job.PausedOnce)
        {
            job.PausedOnce = true;
            job.Status = "pausing";
            AddEvent(job, "info", "Pausing fine-tuning job");
        }
    }

    private void AddCheckpoint(EmulatedJob job, double loss)
    {
        var name = $"{ModelName(job)}:ckpt-step-{job.Step}";
        double? valid = job.ValidationFileId is null ? null : LossCurve.ValidLoss(job.Step, job.TotalSteps);
        job.Checkpoints.Add(new JobCheckpoint(state.NewId("ftckpt_emu"), Now, job.Id, name, job.Step, loss, valid));
        AddEvent(job, "info", $"Checkpoint created at step {job.Step}");
    }

    private void Succeed(EmulatedJob job)
    {
        job.FineTunedModel = ModelName(job);
        job.TrainedTokens = job.Examples.Sum(e => (long)e.Tokens) * job.Resolved!.NEpochs!.Value;
        job.ResultFiles.Add(WriteResultFile(job).Id);
        job.Status = "succeeded";
        job.FinishedAt = Now;
        AddEvent(job, "info", $"New fine-tuned model created: {job.FineTunedModel}");
        AddEvent(job, "info", "The job has successfully completed");
    }

    private StoredFile WriteResultFile(EmulatedJob job)
    {
        var csv = new StringBuilder("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n");
        for (var step = 1; step <= job.TotalSteps; step++)
        {
            var loss = LossCurve.TrainLoss(step, job.TotalSteps);
            var valid = job.ValidationFileId is null ? string.Empty : LossCurve.ValidLoss(step, job.TotalSteps).ToString(CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{step},{loss},{LossCurve.Accuracy(loss)},{valid},\n");
        }

        var file = new StoredFile
        {
            Id = state.NewId("file-emu"),
            Filename = "step_metrics.csv",
            Purpose = "fine-tune-results",
            Content = Encoding.UTF8.GetBytes(csv.ToString()),
            CreatedAt = Now,
        };
        state.Add(file);
        return file;
    }

    /// <summary><c>ft:{base}:{org}:{suffix}:{job}</c>, the shape of OpenAI's fine-tuned model names.</summary>
    private static string ModelName(EmulatedJob job) => $"ft:{job.Model}:emulator:{job.Suffix}:{job.Id["ftjob-".Length..]}";
}
