using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Testing;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Tests.Training;

public sealed class MermaidLossCurveTests
{
    private static TrainingReport Report(IReadOnlyList<LossPoint> curve) => new()
    {
        Provider = "openai",
        JobId = "ftjob-1",
        ModelId = "ft:m",
        BaseModel = "m",
        Status = "succeeded",
        LossCurve = curve,
    };

    [Fact]
    public void The_loss_curve_is_a_mermaid_line_chart_with_validation_loss_as_a_second_line()
    {
        var curve = Enumerable.Range(1, 8).Select(i => new LossPoint(i * 10, 2.0 / i, (2.0 / i) + 0.1)).ToList();

        Snapshot.Verify(MermaidLossCurve.Render(Report(curve)), "md");
    }

    [Fact]
    public void Fewer_than_two_points_draw_no_chart() =>
        Assert.Equal(string.Empty, MermaidLossCurve.Render(Report([new LossPoint(1, 1, null)])));
}
