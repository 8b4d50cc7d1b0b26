using System.Text.Json;
using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Tests.Evaluation.Statistics;

public sealed class PairedAnalysisTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in ReferenceValues.Section("paired"))
        {
            data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Means_standard_errors_and_t_intervals_match_scipy(string name)
    {
        var c = Case(name);
        var result = PairedAnalysis.Compare(c.GetProperty("baseline").Doubles(), c.GetProperty("candidate").Doubles(), c.Number("confidence"));

        ReferenceValues.Close(c.Number("baseline_mean"), result.Baseline.Mean);
        ReferenceValues.Close(c.Number("baseline_se"), result.Baseline.StandardError);
        ReferenceValues.Close(c.GetProperty("baseline_ci")[0].GetDouble(), result.Baseline.CiLow);
        ReferenceValues.Close(c.GetProperty("baseline_ci")[1].GetDouble(), result.Baseline.CiHigh);
        ReferenceValues.Close(c.Number("candidate_mean"), result.Candidate.Mean);
        ReferenceValues.Close(c.GetProperty("candidate_ci")[1].GetDouble(), result.Candidate.CiHigh);
        ReferenceValues.Close(c.Number("diff_mean"), result.Difference.Mean);
        ReferenceValues.Close(c.Number("diff_se"), result.Difference.StandardError);
        ReferenceValues.Close(c.GetProperty("diff_ci")[0].GetDouble(), result.Difference.CiLow);
        ReferenceValues.Close(c.GetProperty("diff_ci")[1].GetDouble(), result.Difference.CiHigh);
        ReferenceValues.Close(c.Number("t"), result.TStatistic);
        ReferenceValues.Close(c.Number("p_value"), result.PValue, relative: 1e-9, absolute: 1e-15);
        ReferenceValues.Close(c.Number("correlation"), result.Correlation);
    }

    [Fact]
    public void Clustered_standard_error_interval_and_p_value_match_the_independent_computation()
    {
        var c = Case("grouped_12");
        var groups = c.GetProperty("groups").EnumerateArray().Select(g => g.ValueKind == JsonValueKind.Null ? null : g.GetString()).ToArray();

        var result = PairedAnalysis.Compare(c.GetProperty("baseline").Doubles(), c.GetProperty("candidate").Doubles(), 0.95, groups);

        ReferenceValues.Close(c.Number("clustered_se"), result.Difference.StandardError);
        Assert.Equal(c.GetProperty("clusters").GetInt32(), result.Difference.Clusters);
        ReferenceValues.Close(c.GetProperty("clustered_ci")[0].GetDouble(), result.Difference.CiLow);
        ReferenceValues.Close(c.GetProperty("clustered_ci")[1].GetDouble(), result.Difference.CiHigh);
        ReferenceValues.Close(c.Number("clustered_p_value"), result.PValue, relative: 1e-9);
    }

    [Fact]
    public void Clustered_error_with_every_item_alone_equals_the_ordinary_error()
    {
        var values = new[] { 0.1, 0.7, 0.4, 0.9, 0.3 };
        var ordinary = MeanEstimator.Estimate(values);
        var clustered = ClusteredStandardError.Compute(values, ["a", "b", "c", "d", "e"]);

        ReferenceValues.Close(ordinary.StandardError, clustered.StandardError, relative: 1e-14);
    }

    [Fact]
    public void Pairing_gives_a_narrower_interval_than_the_unpaired_comparison_when_models_agree_on_hard_items()
    {
        var c = Case("binary_200");
        var result = PairedAnalysis.Compare(c.GetProperty("baseline").Doubles(), c.GetProperty("candidate").Doubles());
        var unpairedSe = Math.Sqrt((result.Baseline.StandardError * result.Baseline.StandardError) + (result.Candidate.StandardError * result.Candidate.StandardError));

        Assert.True(result.Difference.StandardError < unpairedSe);
    }

    [Fact]
    public void Identical_shift_on_every_item_is_certain_and_no_change_is_not_significant()
    {
        var shifted = PairedAnalysis.Compare([0.1, 0.2, 0.3], [0.3, 0.4, 0.5]);
        var same = PairedAnalysis.Compare([0.1, 0.2, 0.3], [0.1, 0.2, 0.3]);

        Assert.Equal(0, shifted.PValue);
        Assert.Equal(1, same.PValue);
        Assert.Equal(0, same.Difference.CiLow);
    }

    [Fact]
    public void A_single_item_gives_an_unbounded_interval()
    {
        var result = PairedAnalysis.Compare([0.2], [0.9]);

        Assert.Equal(double.NegativeInfinity, result.Difference.CiLow);
        Assert.Equal(double.PositiveInfinity, result.Difference.CiHigh);
        Assert.True(double.IsNaN(result.PValue));
    }

    private static JsonElement Case(string name)
        => ReferenceValues.Section("paired").Single(c => c.GetProperty("name").GetString() == name);
}
