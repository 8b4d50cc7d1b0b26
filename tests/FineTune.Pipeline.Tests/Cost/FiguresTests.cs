using FineTune.Pipeline.Cost;

namespace FineTune.Pipeline.Tests.Cost;

public sealed class FiguresTests
{
    [Theory]
    [InlineData("0", "$0.00")]
    [InlineData("0.0675", "$0.0675")]
    [InlineData("0.000045", "$0.0000")]
    [InlineData("0.12345", "$0.1235")]
    [InlineData("12.345", "$12.35")]
    [InlineData("1234567.891", "$1,234,567.89")]
    [InlineData("0.5", "$0.50")]
    [InlineData("-0.5", "-$0.50")]
    public void Usd_rounds_for_display_only(string amount, string expected)
        => Assert.Equal(expected, Figures.Usd(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Deltas_carry_their_sign()
    {
        Assert.Equal("+$1.50", Figures.UsdDelta(1.5m));
        Assert.Equal("-$1.50", Figures.UsdDelta(-1.5m));
        Assert.Equal("+1,200", Figures.CountDelta(1200));
        Assert.Equal("-35", Figures.CountDelta(-35));
        Assert.Equal("0", Figures.CountDelta(0));
    }
}
