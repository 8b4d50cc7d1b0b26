using System.Text.Json;
using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Tests.TestSupport;

namespace FineTune.Pipeline.Tests.Reporting;

public sealed class ReportJsonTests
{
    private static JsonElement Parse(RunReport report) => JsonDocument.Parse(ReportJson.Serialize(report)).RootElement;

    [Fact]
    public void Report_json_has_every_key_of_the_design_contract_in_snake_case()
    {
        var root = Parse(SummaryMarkdownTests.SampleReport(Samples.Error()));

        Assert.Equal("fail", root.GetProperty("verdict").GetString());
        var task = root.GetProperty("tasks")[0];
        Assert.Equal(("validate", "succeeded", 1480), (task.GetProperty("name").GetString(), task.GetProperty("status").GetString(), task.GetProperty("duration_ms").GetInt32()));

        var train = root.GetProperty("datasets").GetProperty("train");
        Assert.Equal("data/train.jsonl", train.GetProperty("path").GetString());
        Assert.Equal(64, train.GetProperty("sha256").GetString()!.Length);
        Assert.Equal(50, train.GetProperty("examples").GetInt32());
        var tokens = train.GetProperty("tokens");
        Assert.Equal((12_500, 12_000, 4_100), (tokens.GetProperty("total").GetInt64(), tokens.GetProperty("billing").GetInt64(), tokens.GetProperty("assistant").GetInt64()));
        Assert.Equal(15, root.GetProperty("datasets").GetProperty("eval").GetProperty("examples").GetInt32());

        var cost = root.GetProperty("cost");
        foreach (var key in new[] { "model", "encoding", "epochs", "billing_tokens", "charged_tokens", "price_per_million_tokens", "estimated_usd", "budget_usd", "within_budget" })
        {
            Assert.True(cost.TryGetProperty(key, out _), $"cost.{key} is missing");
        }

        Assert.Equal(0.108m, cost.GetProperty("estimated_usd").GetDecimal());
        Assert.True(cost.GetProperty("within_budget").GetBoolean());

        var diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal(
            ("error", "FT2001", "data/train.jsonl", 12, 1),
            (diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("file").GetString(),
             diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        Assert.True(diagnostic.TryGetProperty("message", out _));
    }

    [Fact]
    public void Compare_section_has_counts_token_deltas_and_the_cost_delta()
    {
        var compare = Parse(SummaryMarkdownTests.SampleReport()).GetProperty("compare");

        Assert.Equal("origin/main", compare.GetProperty("ref").GetString());
        var train = compare.GetProperty("train");
        Assert.Equal((4, 1, 2, 44), (train.GetProperty("added").GetInt32(), train.GetProperty("removed").GetInt32(), train.GetProperty("changed").GetInt32(), train.GetProperty("unchanged").GetInt32()));
        Assert.Equal((812, 812), (train.GetProperty("tokens_delta").GetInt64(), train.GetProperty("billing_tokens_delta").GetInt64()));
        Assert.Equal(0.0073m, compare.GetProperty("cost_delta_usd").GetDecimal());
    }

    [Fact]
    public void Internal_bookkeeping_is_not_serialized()
    {
        var root = Parse(SummaryMarkdownTests.SampleReport(Samples.Error()));

        Assert.False(root.TryGetProperty("diagnostics_by_task", out _));
        Assert.False(root.TryGetProperty("error_count", out _));
    }
}
