using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Reporting;

namespace FineTune.Pipeline.Tests.Evaluation.Reporting;

public sealed class EvaluationProgressPrinterTests
{
    [Fact]
    public void One_line_per_tenth_of_the_items_and_one_at_the_end()
    {
        var lines = new List<string>();
        var printer = new EvaluationProgressPrinter(lines.Add);

        for (var done = 1; done <= 45; done++)
        {
            printer.Report(new EvaluationProgress(done, 45, done / 20, done * 2, 0, 1, 0, 8));
        }

        Assert.Equal(10, lines.Count);
        Assert.Equal("evaluate: 45/45 items · 2 errors · 90 requests, 0 from cache, 1 retried, 0 throttled · concurrency 8", lines[^1]);
    }
}
