using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Tests.Evaluation.Statistics;

public sealed class StudentTTests
{
    [Fact]
    public void Cdf_matches_scipy_t_cdf_across_degrees_of_freedom()
    {
        foreach (var c in ReferenceValues.Section("t_cdf"))
        {
            ReferenceValues.Close(c.Number("cdf"), StudentT.Cdf(c.Number("t"), c.Number("df")), relative: 1e-10, absolute: 1e-14);
        }
    }

    [Fact]
    public void Quantile_matches_scipy_t_ppf_across_degrees_of_freedom()
    {
        foreach (var c in ReferenceValues.Section("t_quantile"))
        {
            ReferenceValues.Close(c.Number("q"), StudentT.Quantile(c.Number("p"), c.Number("df")), relative: 1e-10, absolute: 1e-12);
        }
    }

    [Fact]
    public void Quantile_inverts_the_cdf()
    {
        foreach (var df in new[] { 1.5, 3.0, 12.0, 250.0 })
        {
            foreach (var p in new[] { 0.01, 0.3, 0.5, 0.9, 0.999 })
            {
                ReferenceValues.Close(p, StudentT.Cdf(StudentT.Quantile(p, df), df), relative: 1e-12);
            }
        }
    }

    [Fact]
    public void Two_sided_p_value_is_twice_the_tail()
        => ReferenceValues.Close(2 * StudentT.Cdf(-2.3, 17), StudentT.TwoSidedPValue(2.3, 17), relative: 1e-12);

    [Fact]
    public void Non_positive_degrees_of_freedom_are_rejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Cdf(1, 0));
}
