using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Tests.Evaluation.Statistics;

public sealed class SpecialFunctionsTests
{
    [Fact]
    public void Log_gamma_matches_scipy_gammaln()
    {
        foreach (var c in ReferenceValues.Section("log_gamma"))
        {
            ReferenceValues.Close(c.Number("value"), SpecialFunctions.LogGamma(c.Number("x")), relative: 1e-13, absolute: 1e-14);
        }
    }

    [Fact]
    public void Regularized_incomplete_beta_matches_scipy_betainc()
    {
        foreach (var c in ReferenceValues.Section("incomplete_beta"))
        {
            ReferenceValues.Close(
                c.Number("value"),
                SpecialFunctions.RegularizedIncompleteBeta(c.Number("x"), c.Number("a"), c.Number("b")),
                relative: 1e-11,
                absolute: 1e-15);
        }
    }

    [Fact]
    public void Normal_quantile_matches_scipy_norm_ppf_to_about_fifteen_digits()
    {
        foreach (var c in ReferenceValues.Section("normal_quantile"))
        {
            ReferenceValues.Close(c.Number("z"), SpecialFunctions.NormalQuantile(c.Number("p")), relative: 1e-14, absolute: 1e-15);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    public void Normal_quantile_rejects_probabilities_outside_the_open_unit_interval(double p)
        => Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.NormalQuantile(p));
}
