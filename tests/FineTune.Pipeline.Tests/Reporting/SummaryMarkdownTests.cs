using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Testing;
using FineTune.Pipeline.Tests.TestSupport;

namespace FineTune.Pipeline.Tests.Reporting;

public sealed class SummaryMarkdownTests
{
    internal static RunReport SampleReport(params Diagnostic[] diagnostics) => new()
    {
        Verdict = diagnostics.Any(d => d.Severity == Severity.Error) ? Verdicts.Fail : Verdicts.Pass,
        ExitCode = diagnostics.Any(d => d.Severity == Severity.Error) ? 1 : 0,
        Target = "all",
        ToolVersion = "0.1.0",
        Config = "finetune.yaml",
        GeneratedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero),
        Tasks =
        [
            new TaskReport("validate", TaskRunStatus.Succeeded, 1_480),
            new TaskReport("compare", TaskRunStatus.Succeeded, 92),
            new TaskReport("cost", TaskRunStatus.Succeeded, 3),
            new TaskReport("all", TaskRunStatus.Succeeded, 0),
        ],
        Datasets = new DatasetsReport(Samples.Train(), Samples.Eval()),
        Cost = CostEstimator.Estimate(Samples.Settings(budget: 5m), Samples.Outcome()),
        Diagnostics = diagnostics,
        Compare = TablesTests.SampleCompare(),
    };

    [Fact]
    public void Summary_shows_verdict_datasets_histogram_cost_changes_tasks_and_diagnostics()
        => Snapshot.Verify(SummaryMarkdown.Render(SampleReport(
            Samples.Error(message: "value | with pipe <b>and html</b>"),
            Samples.Warning())), "md");

    [Fact]
    public void A_summary_over_the_size_limit_keeps_the_first_diagnostics_and_says_how_many_are_left_out()
    {
        var many = Enumerable.Range(1, 5_000).Select(i => Samples.Error(line: i, message: new string('x', 200))).ToArray();

        var markdown = SummaryMarkdown.Render(SampleReport(many), maxBytes: 100_000);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(markdown) <= 100_000);
        Assert.Contains("data/train.jsonl:1:1", markdown, StringComparison.Ordinal);
        Assert.Matches(@"\n\d+ more diagnostics are not shown here \(size limit\); report.json lists them all.\n$", markdown);
    }

    [Fact]
    public void The_default_limit_keeps_a_huge_summary_under_GitHubs_one_MiB()
    {
        var many = Enumerable.Range(1, 20_000).Select(i => Samples.Error(line: i, message: new string('y', 150))).ToArray();

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(SummaryMarkdown.Render(SampleReport(many))) < 1024 * 1024);
    }
}
