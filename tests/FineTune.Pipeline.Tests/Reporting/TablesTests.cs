using FineTune.Pipeline.Compare;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Testing;
using FineTune.Pipeline.Tests.TestSupport;

namespace FineTune.Pipeline.Tests.Reporting;

public sealed class TablesTests
{
    [Fact]
    public void Task_table_lists_every_planned_task_with_duration_and_status()
    {
        using var console = Consoles.Plain();

        console.Write(TaskTable.Build(
        [
            new TaskRecord("validate", TaskRunStatus.Succeeded, TimeSpan.FromMilliseconds(1_480)),
            new TaskRecord("compare", TaskRunStatus.Succeeded, TimeSpan.FromMilliseconds(92)),
            new TaskRecord("cost", TaskRunStatus.Failed, TimeSpan.FromMilliseconds(3)),
            new TaskRecord("all", TaskRunStatus.Skipped, TimeSpan.Zero),
        ]));

        Snapshot.Verify(console.Output);
    }

    [Fact]
    public void Dataset_table_shows_train_and_eval_side_by_side()
    {
        using var console = Consoles.Plain();

        console.Write(DatasetTable.Build(Samples.Train(), Samples.Eval()));

        Snapshot.Verify(console.Output);
    }

    [Fact]
    public void Cost_table_shows_the_arithmetic_and_the_budget()
    {
        using var console = Consoles.Plain();

        console.Write(CostTable.Build(CostEstimator.Estimate(Samples.Settings(budget: 5m, warn: 2m), Samples.Outcome())));

        Snapshot.Verify(console.Output);
    }

    [Fact]
    public void Compare_table_shows_the_example_and_cost_deltas()
    {
        using var console = Consoles.Plain();

        console.Write(CompareTable.Build(SampleCompare()));

        Snapshot.Verify(console.Output);
    }

    internal static CompareResult SampleCompare() => new()
    {
        Ref = "origin/main",
        Commit = "4e88022a1b2c3d4e5f60718293a4b5c6d7e8f901",
        Train = new DatasetDelta { Path = "data/train.jsonl", Added = 4, Removed = 1, Changed = 2, Unchanged = 44, ExamplesDelta = 3, TokensDelta = 812, BillingTokensDelta = 812 },
        Eval = new DatasetDelta { Path = "data/eval.jsonl", ExistedAtRef = false, Added = 15, ExamplesDelta = 15, TokensDelta = 3_600, BillingTokensDelta = 3_600 },
        PreviousEstimatedUsd = 0.1007m,
        EstimatedUsd = 0.108m,
    };
}
