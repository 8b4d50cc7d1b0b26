using System.Text;
using FineTune.Pipeline.Tests.Training.Emulator;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training;

/// <summary><c>finetune train</c> through the runner, loader and validator, against the emulator.</summary>
public sealed class TrainTargetTests
{
    [Fact]
    public async Task Train_runs_validate_and_cost_then_trains_and_reports_the_model_everywhere()
    {
        await using var p = await TrainProject.StartAsync();
        var outputs = Path.Combine(p.Root, "github-output.txt");
        var summary = Path.Combine(p.Root, "step-summary.md");
        p.Environment["GITHUB_ACTIONS"] = "true";
        p.Environment["GITHUB_OUTPUT"] = outputs;
        p.Environment["GITHUB_STEP_SUMMARY"] = summary;

        var exit = await p.RunAsync("train");

        Assert.True(exit == 0, p.Console.Output);
        var job = p.Emulator.State.Jobs.Single();
        var training = p.Report().GetProperty("training");
        Assert.Equal(
            ["provider", "job_id", "model_id", "base_model", "trained_tokens", "epochs", "status", "duration_s", "reused", "checkpoints", "loss_curve"],
            training.EnumerateObject().Select(o => o.Name));
        Assert.Equal(job.FineTunedModel, training.GetProperty("model_id").GetString());
        Assert.Equal(job.Id, training.GetProperty("job_id").GetString());
        Assert.Equal("succeeded", training.GetProperty("status").GetString());
        Assert.Equal(3, training.GetProperty("checkpoints").GetArrayLength());
        Assert.Equal(["validate", "cost", "train"], p.Report().GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Contains($"model-id={job.FineTunedModel}\n", await File.ReadAllTextAsync(outputs), StringComparison.Ordinal);
        var md = await File.ReadAllTextAsync(summary);
        Assert.Contains("### Training", md, StringComparison.Ordinal);
        Assert.Contains("xychart-beta", md, StringComparison.Ordinal);
        Assert.Contains("Loss by step (train, then validation)", md, StringComparison.Ordinal);
        Assert.Contains("[running] step", p.Console.Output, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(p.Root, "data", "train.jsonl")), p.Emulator.State.Files.Single(f => f.Id == job.TrainingFileId).Content);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(p.Root, "data", "eval.jsonl")), p.Emulator.State.Files.Single(f => f.Id == job.ValidationFileId).Content);
    }

    [Fact]
    public async Task Killed_while_polling_then_rerun_finishes_the_same_job_with_one_upload_each()
    {
        await using var p = await TrainProject.StartAsync();
        using var kill = new CancellationTokenSource();
        var polls = 0;
        p.Emulator.OnRequest = route =>
        {
            if (route == EmulatorRoutes.GetJob && Interlocked.Increment(ref polls) == 3)
            {
                kill.Cancel();
            }
        };

        var killed = await p.RunAsync(kill.Token, "train");
        p.Emulator.OnRequest = null;
        var rerun = await p.RunAsync("train");

        Assert.Equal(3, killed);
        Assert.Equal(0, rerun);
        Assert.Single(p.Emulator.State.Jobs);
        Assert.Equal(2, p.Emulator.State.Files.Count(f => f.Purpose == "fine-tune"));
        Assert.Equal(2, p.Emulator.Requests.Succeeded(EmulatorRoutes.UploadFile));
        Assert.Equal(1, p.Emulator.Requests.Succeeded(EmulatorRoutes.CreateJob));
        Assert.Contains("Found job ftjob-emu000003 (running)", p.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_the_api_rejects_is_reported_on_that_line_with_exit_code_3()
    {
        await using var p = await TrainProject.StartAsync(extraYaml: "validation:\n  rules:\n    FT2005: off\n");
        var lines = TrainingData.Chat().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[6] = TrainingData.Line(("system", "You answer geography questions."), ("bot", "What is the capital of Wales?"), ("assistant", "Cardiff."));
        p.Write("data/train.jsonl", string.Join("\n", lines) + "\n");

        var exit = await p.RunAsync("train");

        Assert.Equal(3, exit);
        Assert.Contains("data/train.jsonl(7,1): error FT5001: Fine-tuning job ftjob-emu000003 failed: invalid_training_file in training_file (data/train.jsonl, line 7)", p.Console.Output, StringComparison.Ordinal);
        Assert.Equal("FT5001", p.Report().GetProperty("diagnostics").EnumerateArray().Last().GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_403_on_job_creation_exits_3_with_the_wind_down_explained()
    {
        await using var p = await TrainProject.StartAsync();
        p.Emulator.Faults.Inject(EmulatorRoutes.CreateJob, Fault.Forbidden());

        var exit = await p.RunAsync("train");

        Assert.Equal(3, exit);
        Assert.Contains("error FT5004: ", p.Console.Output, StringComparison.Ordinal);
        Assert.Contains("winding down", p.Console.Output, StringComparison.Ordinal);
        Assert.Equal("error", p.Report().GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Train_refuses_invalid_data_even_when_run_exclusively()
    {
        await using var p = await TrainProject.StartAsync();
        p.Write("data/train.jsonl", TrainingData.Chat() + "not json\n");

        var exit = await p.RunAsync("train", "--exclusive");

        Assert.Equal(1, exit);
        Assert.Contains("error FT5006: ", p.Console.Output, StringComparison.Ordinal);
        Assert.Empty(p.Emulator.Requests.All);
    }

    [Fact]
    public async Task Without_an_eval_file_the_held_out_split_is_not_trained_on()
    {
        await using var p = await TrainProject.StartAsync(evalFile: false, extraYaml: "validation:\n  min_examples: 2\n");
        p.Write("data/train.jsonl", TrainingData.Chat() + TrainingData.Chat().Replace("capital", "main city", StringComparison.Ordinal));

        var exit = await p.RunAsync("train");

        Assert.True(exit == 0, p.Console.Output);
        var job = p.Emulator.State.Jobs.Single();
        var trained = Encoding.UTF8.GetString(p.Emulator.State.Files.Single(f => f.Id == job.TrainingFileId).Content).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var held = Encoding.UTF8.GetString(p.Emulator.State.Files.Single(f => f.Id == job.ValidationFileId).Content).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(24, trained.Length + held.Length);
        Assert.NotEmpty(held);
        Assert.Empty(trained.Intersect(held));
        Assert.Equal(p.Report().GetProperty("datasets").GetProperty("eval").GetProperty("examples").GetInt32(), held.Length);
    }

    [Fact]
    public async Task The_api_key_appears_in_no_output_and_no_report_file()
    {
        await using var p = await TrainProject.StartAsync();
        p.Environment["GITHUB_ACTIONS"] = "true";
        p.Environment["GITHUB_OUTPUT"] = Path.Combine(p.ReportDir, "..", "out.txt");
        p.Environment["GITHUB_STEP_SUMMARY"] = Path.Combine(p.ReportDir, "..", "summary.txt");
        var output = new StringBuilder();

        output.Append(p.Console.Output).Append(await p.RunAsync("train"));
        output.Append(p.Console.Output);
        p.Emulator.Faults.Inject(EmulatorRoutes.ListJobs, Fault.Forbidden("Project key sk-emu-SECRET-7f3a9c1d55e04b2a lacks scope"));
        output.Append(await p.RunAsync("train", "--force-new")).Append(p.Console.Output);
        p.Emulator.Faults.Clear();
        p.Environment[TrainingHarness.KeyVariable] = TrainingHarness.ApiKey + "-revoked";
        output.Append(await p.RunAsync("train")).Append(p.Console.Output);

        Assert.Contains("FT5004", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", output.ToString(), StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(p.Root, "artifacts"), "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("SECRET", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_dry_run_of_train_lists_validate_cost_and_train_and_calls_nothing()
    {
        await using var p = await TrainProject.StartAsync();

        var exit = await p.RunAsync("train", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("3. train - upload the data, create or resume the fine-tuning job", p.Console.Output, StringComparison.Ordinal);
        Assert.Empty(p.Emulator.Requests.All);
    }
}
