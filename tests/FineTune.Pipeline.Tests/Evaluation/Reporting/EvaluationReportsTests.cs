using System.Text.Json;
using System.Xml.Linq;
using FineTune.Pipeline.Evaluation.Reporting;

namespace FineTune.Pipeline.Tests.Evaluation.Reporting;

public sealed class EvaluationReportsTests
{
    [Fact]
    public void Report_json_has_the_contract_keys_in_snake_case()
    {
        var outcome = OutcomeFixture.Outcome(
            OutcomeFixture.Item("a", 0, 1), OutcomeFixture.Item("b", 0, 1), OutcomeFixture.Item("c", 1, 1), OutcomeFixture.Item("d", null, null, "candidate answer: HTTP 500"));

        using var json = JsonDocument.Parse(EvaluationJson.Build(outcome).ToJsonString());
        var root = json.RootElement;

        Assert.Equal("score", root.GetProperty("metric").GetString());
        foreach (var side in new[] { "baseline", "candidate" })
        {
            var model = root.GetProperty(side);
            Assert.Equal(["model", "mean", "ci_low", "ci_high", "n"], model.EnumerateObject().Select(p => p.Name));
            Assert.Equal(3, model.GetProperty("n").GetInt32());
        }

        Assert.Equal("tuned-model", root.GetProperty("candidate").GetProperty("model").GetString());
        var delta = root.GetProperty("delta");
        Assert.Equal(2.0 / 3, delta.GetProperty("mean").GetDouble(), 6);
        Assert.True(delta.TryGetProperty("ci_low", out _) && delta.TryGetProperty("ci_high", out _) && delta.TryGetProperty("p_value", out _));
        Assert.Contains(root.GetProperty("verdict").GetString(), new[] { "pass", "fail", "inconclusive", "error" });
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Unknown_numbers_are_null_in_json_not_infinity()
    {
        var outcome = OutcomeFixture.Outcome(OutcomeFixture.Item("only", 0, 1));

        var json = EvaluationJson.Build(outcome).ToJsonString();

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("delta").GetProperty("ci_low").ValueKind);
        Assert.Equal("inconclusive", document.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void JUnit_has_one_case_per_item_failing_regressions_and_erroring_errors()
    {
        var outcome = OutcomeFixture.Outcome(
            OutcomeFixture.Item("better", 0, 1), OutcomeFixture.Item("worse", 1, 0.5), OutcomeFixture.Item("same", 1, 1), OutcomeFixture.Item("broken", null, null, "judge reply has no 'Score: N' line"));

        var xml = XDocument.Parse(JUnitReport.Write(outcome));

        var suite = xml.Root!.Element("testsuite")!;
        Assert.Equal("4", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        Assert.Equal("1", suite.Attribute("errors")!.Value);
        var cases = suite.Elements("testcase").ToDictionary(c => c.Attribute("name")!.Value);
        Assert.Equal(4, cases.Count);
        Assert.NotNull(cases["worse"].Element("failure"));
        Assert.Null(cases["better"].Element("failure"));
        Assert.Equal("judge reply has no 'Score: N' line", cases["broken"].Element("error")!.Attribute("message")!.Value);
    }

    [Fact]
    public void Items_jsonl_has_one_line_per_item_with_answers_scores_and_errors()
    {
        var outcome = OutcomeFixture.Outcome(OutcomeFixture.Item("a", 0, 1, tags: ["billing"]), OutcomeFixture.Item("b", null, null, "timeout"));

        var lines = ItemResultsJsonl.Write(outcome.Items).TrimEnd('\n').Split('\n');

        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        Assert.Equal(1, first.RootElement.GetProperty("delta").GetDouble());
        Assert.Equal("candidate answer a", first.RootElement.GetProperty("candidate").GetProperty("answers")[0].GetString());
        Assert.Equal(1, first.RootElement.GetProperty("candidate").GetProperty("scores").GetProperty("exact_match").GetDouble());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("timeout", second.RootElement.GetProperty("errors")[0].GetString());
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("delta").ValueKind);
    }

    [Fact]
    public void Mermaid_histogram_puts_a_perfect_score_in_the_last_bucket()
    {
        Assert.Equal([1, 0, 0, 0, 0, 1, 0, 0, 0, 2], MermaidDistribution.Histogram([0, 0.5, 0.95, 1]));
    }

    [Fact]
    public void Errors_and_per_tag_results_appear_in_the_summary()
    {
        var outcome = OutcomeFixture.Outcome(
            OutcomeFixture.Item("a", 0, 1, tags: ["billing"]), OutcomeFixture.Item("b", 0, 1, tags: ["billing"]), OutcomeFixture.Item("c", 1, 0, tags: ["refunds"]),
            OutcomeFixture.Item("d", 0.5, 1, tags: ["refunds"]), OutcomeFixture.Item("e", null, null, "candidate judge: judge reply has no 'Score: N' line"));

        var summary = EvaluationSummary.Write(outcome);

        Assert.Contains("| billing | 2 | 0.000 | 1.000 |", summary, StringComparison.Ordinal);
        Assert.Contains("### Errors (1, not counted as scores)", summary, StringComparison.Ordinal);
        Assert.Contains("| c | 1.000 | 0.000 |", summary, StringComparison.Ordinal);
    }
}
