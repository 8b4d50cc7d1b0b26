using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Tests.Evaluation.Statistics;

public sealed class PairedBootstrapTests
{
    private static readonly double[] Differences = Enumerable.Range(0, 300).Select(i => ((i * 7919) % 13 / 6.0) - 0.8).ToArray();

    [Fact]
    public void Percentile_matches_numpy_linear_interpolation()
    {
        var fixture = ReferenceValues.Get("percentile");
        var values = fixture.GetProperty("values").Doubles();
        var qs = fixture.GetProperty("q").Doubles();
        var expected = fixture.GetProperty("expected").Doubles();

        for (var i = 0; i < qs.Length; i++)
        {
            ReferenceValues.Close(expected[i], PairedBootstrap.Percentile(values, qs[i]), relative: 1e-14);
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_interval_and_another_seed_a_different_one()
    {
        var a = PairedBootstrap.Interval(Differences, 0.95, new BootstrapOptions(2000, 42));
        var b = PairedBootstrap.Interval(Differences, 0.95, new BootstrapOptions(2000, 42));
        var c = PairedBootstrap.Interval(Differences, 0.95, new BootstrapOptions(2000, 43));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Interval_agrees_with_the_t_interval_for_a_large_sample()
    {
        var t = MeanEstimator.Estimate(Differences);
        var boot = PairedBootstrap.Interval(Differences, 0.95, new BootstrapOptions(20_000, 1));

        // Percentile bootstrap and t interval differ by O(1/n); within a fifth of the half-width here.
        Assert.InRange(boot.Low, t.CiLow - (0.2 * t.HalfWidth), t.CiLow + (0.2 * t.HalfWidth));
        Assert.InRange(boot.High, t.CiHigh - (0.2 * t.HalfWidth), t.CiHigh + (0.2 * t.HalfWidth));
    }

    [Fact]
    public void Resampling_whole_clusters_widens_the_interval_when_items_in_a_cluster_move_together()
    {
        var values = Enumerable.Range(0, 120).Select(i => (i / 10 % 2 == 0) ? 0.6 : -0.2).ToArray();
        var groups = Enumerable.Range(0, 120).Select(i => (string?)$"c{i / 10}").ToArray();

        var independent = PairedBootstrap.Interval(values, 0.95, new BootstrapOptions(4000, 5));
        var clustered = PairedBootstrap.Interval(values, 0.95, new BootstrapOptions(4000, 5), groups);

        Assert.True(clustered.High - clustered.Low > 2 * (independent.High - independent.Low));
    }

    [Fact]
    public void Generator_is_stable_across_runs_and_platforms()
    {
        // SplitMix64 reference outputs for seed 0 (Vigna's reference implementation).
        var random = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, random.NextUInt64());
    }
}
