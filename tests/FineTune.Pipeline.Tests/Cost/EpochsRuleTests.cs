using FineTune.Pipeline.Cost;

namespace FineTune.Pipeline.Tests.Cost;

public sealed class EpochsRuleTests
{
    [Theory]
    [InlineData(1, 25)] // 100 // 1 = 100, capped at 25
    [InlineData(4, 25)] // 100 // 4 = 25
    [InlineData(5, 20)]
    [InlineData(10, 10)] // OpenAI's minimum data set
    [InlineData(33, 3)] // 99 visits < 100: 100 // 33 = 3
    [InlineData(34, 3)] // 102 visits: the target 3
    [InlineData(50, 3)]
    [InlineData(8_333, 3)] // 24,999 visits: still 3
    [InlineData(8_334, 2)] // 25,002 visits > 25,000: 25,000 // 8,334 = 2
    [InlineData(12_500, 2)]
    [InlineData(12_501, 1)]
    [InlineData(1_000_000, 1)] // never below 1
    public void Default_epochs_follow_OpenAIs_rule(int examples, int expected)
        => Assert.Equal(expected, EpochsRule.DefaultEpochs(examples));

    [Fact]
    public void An_empty_set_gets_the_cap_instead_of_dividing_by_zero()
        => Assert.Equal(EpochsRule.MaxDefaultEpochs, EpochsRule.DefaultEpochs(0));

    [Fact]
    public void A_negative_count_is_a_programming_error()
        => Assert.Throws<ArgumentOutOfRangeException>(() => EpochsRule.DefaultEpochs(-1));
}
