using FineTune.Pipeline.MSBuild.Tasks;
using FineTune.Pipeline.MSBuild.Tests.Fakes;

namespace FineTune.Pipeline.MSBuild.Tests.Tasks;

public sealed class PipelineTaskTests
{
    private readonly FakeBuildEngine _engine = new();

    [Fact]
    public void An_unexpected_exception_is_one_FT9502_error_without_a_stack_trace_and_Execute_returns_false()
    {
        var task = new ThrowingTask { BuildEngine = _engine };

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("FT9502", error.Code);
        Assert.Contains("InvalidOperationException: boom", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.Message, StringComparison.Ordinal);
        Assert.Contains(_engine.Messages, m => m.Message.Contains("ThrowingTask.ExecuteCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancellation_ends_the_task_without_an_error()
    {
        var task = new CancelledTask { BuildEngine = _engine };

        Assert.False(task.Execute());

        Assert.Empty(_engine.Errors);
    }

    private sealed class ThrowingTask : PipelineTask
    {
        protected override void ExecuteCore() => throw new InvalidOperationException("boom");
    }

    private sealed class CancelledTask : PipelineTask
    {
        protected override void ExecuteCore()
        {
            Cancel();
            CancellationToken.ThrowIfCancellationRequested();
        }
    }
}
