using FineTune.Pipeline.Runner;
using Microsoft.Extensions.Time.Testing;

namespace FineTune.Pipeline.Tests.Runner;

public sealed class TaskEngineTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly List<string> _ran = [];

    private TaskDefinition Step(string name, TaskOutcome outcome = TaskOutcome.Succeeded, int milliseconds = 10) => new(name, [], _ =>
    {
        _ran.Add(name);
        _time.Advance(TimeSpan.FromMilliseconds(milliseconds));
        return Task.FromResult(outcome);
    });

    private TaskDefinition Throwing(string name, Exception exception) => new(name, [], _ =>
    {
        _ran.Add(name);
        throw exception;
    });

    [Fact]
    public async Task Every_task_runs_in_order_and_is_timed()
    {
        var result = await new TaskEngine(_time).RunAsync([Step("validate", milliseconds: 40), Step("cost", milliseconds: 5)], false, default);

        Assert.Equal(["validate", "cost"], _ran);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
            [new TaskRecord("validate", TaskRunStatus.Succeeded, TimeSpan.FromMilliseconds(40)), new TaskRecord("cost", TaskRunStatus.Succeeded, TimeSpan.FromMilliseconds(5))],
            result.Records);
    }

    [Fact]
    public async Task A_failed_gate_stops_the_run_and_later_tasks_are_skipped()
    {
        var result = await new TaskEngine(_time).RunAsync([Step("validate", TaskOutcome.Failed), Step("cost"), Step("all")], false, default);

        Assert.Equal(["validate"], _ran);
        Assert.Equal(ExitCodes.GateFailed, result.ExitCode);
        Assert.Equal([TaskRunStatus.Failed, TaskRunStatus.Skipped, TaskRunStatus.Skipped], result.Records.Select(r => r.Status));
        Assert.Null(result.Error);
    }

    [Fact]
    public async Task A_pipeline_exception_keeps_its_exit_code_and_diagnostic()
    {
        var failure = PipelineException.Usage(RunnerCodes.UnknownGitRef, "git ref 'nope' does not exist");

        var result = await new TaskEngine(_time).RunAsync([Step("validate"), Throwing("compare", failure), Step("cost")], false, default);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(failure.Diagnostic, result.Error);
        Assert.Equal([TaskRunStatus.Succeeded, TaskRunStatus.Error, TaskRunStatus.Skipped], result.Records.Select(r => r.Status));
    }

    [Fact]
    public async Task An_unexpected_exception_is_an_internal_error_with_a_one_line_message()
    {
        var engine = new TaskEngine(_time);

        var result = await engine.RunAsync([Throwing("validate", new InvalidOperationException("boom"))], false, default);

        Assert.Equal(ExitCodes.External, result.ExitCode);
        Assert.Equal(RunnerCodes.Internal, result.Error!.Code);
        Assert.Equal("Task 'validate' failed unexpectedly: InvalidOperationException: boom", result.Error.Message);
        Assert.IsType<InvalidOperationException>(engine.UnexpectedException);
    }

    [Fact]
    public async Task Cancellation_marks_the_running_task_cancelled_and_skips_the_rest()
    {
        using var cancellation = new CancellationTokenSource();
        var cancelling = new TaskDefinition("validate", [], ct =>
        {
            cancellation.Cancel();
            ct.ThrowIfCancellationRequested();
            return Task.FromResult(TaskOutcome.Succeeded);
        });

        var result = await new TaskEngine(_time).RunAsync([cancelling, Step("cost")], false, cancellation.Token);

        Assert.True(result.Cancelled);
        Assert.Equal(ExitCodes.External, result.ExitCode);
        Assert.Equal(RunnerCodes.Cancelled, result.Error!.Code);
        Assert.Equal([TaskRunStatus.Cancelled, TaskRunStatus.Skipped], result.Records.Select(r => r.Status));
        Assert.Empty(_ran);
    }

    [Fact]
    public async Task A_dry_run_walks_the_plan_without_running_anything()
    {
        var result = await new TaskEngine(_time).RunAsync([Step("validate"), Step("cost")], dryRun: true, default);

        Assert.Empty(_ran);
        Assert.Equal([TaskRunStatus.DryRun, TaskRunStatus.DryRun], result.Records.Select(r => r.Status));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    [Fact]
    public async Task A_task_without_an_action_only_groups_its_dependencies()
    {
        var result = await new TaskEngine(_time).RunAsync([Step("validate"), new TaskDefinition("all", ["validate"], null)], false, default);

        Assert.Equal(TaskRunStatus.Succeeded, result.Records[1].Status);
    }
}
