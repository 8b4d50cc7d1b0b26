using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Tests.Evaluation.Statistics;

public sealed class PowerAnalysisTests
{
    [Theory]
    [InlineData(200, 14.0, 9.9)]
    [InlineData(1000, 6.3, 4.4)]
    public void Planned_minimum_detectable_difference_reproduces_the_table_in_the_note(int items, double unpairedPp, double pairedPp)
    {
        Assert.Equal(unpairedPp, Math.Round(PowerAnalysis.PlannedUnpaired(items) * 100, 1));
        Assert.Equal(pairedPp, Math.Round(PowerAnalysis.PlannedPaired(items) * 100, 1));
    }

    [Fact]
    public void Planned_values_match_scipy()
    {
        foreach (var c in ReferenceValues.Section("mdd"))
        {
            var n = c.GetProperty("n").GetInt32();
            ReferenceValues.Close(c.Number("unpaired"), PowerAnalysis.PlannedUnpaired(n), relative: 1e-13);
            ReferenceValues.Close(c.Number("paired_rho_0_5"), PowerAnalysis.PlannedPaired(n), relative: 1e-13);
        }
    }

    [Fact]
    public void A_two_point_margin_on_two_hundred_items_is_flagged_as_underpowered()
    {
        var check = PowerAnalysis.Check(0.02, double.NaN, 200);

        Assert.True(check.Underpowered);
        Assert.Equal(
            "Underpowered: with 200 items the smallest difference this evaluation can reliably detect is 9.9 points (α = 0.05, power 0.8); the margin of 2.0 points is below it, so a real improvement of that size will usually come out inconclusive. Add items or widen the margin.",
            check.Warning);
    }

    [Fact]
    public void A_margin_above_the_detectable_difference_gives_no_warning()
    {
        var check = PowerAnalysis.Check(0.15, 0.02, 200);

        Assert.False(check.Underpowered);
        Assert.Null(check.Warning);
    }
}
