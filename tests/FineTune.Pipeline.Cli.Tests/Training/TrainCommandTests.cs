using System.Diagnostics;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Cli.Tests.Training;

/// <summary>The <c>finetune train</c> executable against the emulator: real process, real HTTP, real signals.</summary>
public sealed class TrainCommandTests
{
    [Fact]
    public async Task Train_prints_the_model_writes_it_to_the_report_and_the_step_output_and_never_the_key()
    {
        await using var p = await TrainCommandProject.StartAsync();

        var result = p.Run("train");

        Assert.True(result.ExitCode == 0, result.ToString());
        var model = p.Emulator.State.Jobs.Single().FineTunedModel!;
        Assert.Contains($"Fine-tuned model: {model}.", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(model, p.Project.Report().GetProperty("training").GetProperty("model_id").GetString());
        Assert.Contains($"model-id={model}", await File.ReadAllTextAsync(p.GitHubOutput), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", result.Output, StringComparison.Ordinal);
        Assert.All(p.Files(), f => Assert.DoesNotContain("SECRET", f.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_process_killed_while_polling_then_rerun_creates_no_second_job_and_uploads_no_second_file()
    {
        await using var p = await TrainCommandProject.StartAsync(new EmulatorOptions { RunningTicks = 30 });
        var polling = new TaskCompletionSource();
        p.Emulator.OnRequest = route =>
        {
            if (route == EmulatorRoutes.GetJob && p.Emulator.Requests.For(EmulatorRoutes.GetJob).Count >= 2)
            {
                polling.TrySetResult();
            }
        };

        using (var first = p.Start("train"))
        {
            await polling.Task.WaitAsync(TimeSpan.FromMinutes(1));
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        p.Emulator.OnRequest = null;
        Assert.Equal("running", p.Emulator.State.Jobs.Single().Status);
        p.Emulator.AdvanceJob(p.Emulator.State.Jobs[0].Id, 30);
        var rerun = p.Run("train");

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Single(p.Emulator.State.Jobs);
        Assert.Equal(2, p.Emulator.Requests.Succeeded(EmulatorRoutes.UploadFile));
        Assert.Equal(1, p.Emulator.Requests.Succeeded(EmulatorRoutes.CreateJob));
        Assert.Contains("Found job", rerun.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_cancels_locally_keeps_the_remote_job_and_says_how_to_resume()
    {
        await using var p = await TrainCommandProject.StartAsync(new EmulatorOptions { RunningTicks = 30 });
        var polling = new TaskCompletionSource();
        p.Emulator.OnRequest = route =>
        {
            if (route == EmulatorRoutes.GetJob)
            {
                polling.TrySetResult();
            }
        };

        using var process = p.Start("train");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await polling.Task.WaitAsync(TimeSpan.FromMinutes(1));
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var output = await stdout + await stderr;

        Assert.Equal(3, process.ExitCode);
        Assert.Contains("keeps running on", output, StringComparison.Ordinal);
        Assert.Contains("FT9004", output, StringComparison.Ordinal);
        Assert.False(p.Emulator.State.Jobs.Single().IsTerminal);
        Assert.Empty(p.Emulator.Requests.For(EmulatorRoutes.CancelJob));
        Assert.True(File.Exists(Path.Combine(p.Project.ReportDir, "training-state.json")));
        Assert.Equal("error", p.Project.Report().GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_403_on_job_creation_exits_3_and_points_to_the_lora_provider()
    {
        await using var p = await TrainCommandProject.StartAsync();
        p.Emulator.Faults.Inject(EmulatorRoutes.CreateJob, Fault.Forbidden());

        var result = p.Run("train");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("::error title=FT5004::", result.Output, StringComparison.Ordinal);
        Assert.Contains("train.provider: lora", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", result.Output, StringComparison.Ordinal);
    }
}
