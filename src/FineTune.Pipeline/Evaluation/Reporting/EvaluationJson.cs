using System.Text.Json.Nodes;
using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Evaluation.Reporting;

/// <summary>
/// The <c>evaluation</c> object of report.json (snake_case): <c>metric, baseline {model, mean, ci_low,
/// ci_high, n}, candidate {…}, delta {mean, ci_low, ci_high, p_value}, verdict, errors</c>, plus the
/// gate's margin, the bootstrap interval, the power check, per-scorer and per-tag results, the
/// overfitting check and request counts. Unknown numbers (±∞, NaN) are null.
/// </summary>
public static class EvaluationJson
{
    public static JsonObject Build(EvaluationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var c = outcome.Comparison;
        var d = outcome.Decision;
        var json = new JsonObject
        {
            ["metric"] = outcome.Metric,
            ["baseline"] = Model(outcome.BaselineModel, c.Baseline),
            ["candidate"] = Model(outcome.CandidateModel, c.Candidate),
            ["delta"] = new JsonObject
            {
                ["mean"] = ReportNumbers.Json(c.Difference.Mean),
                ["ci_low"] = ReportNumbers.Json(c.Difference.CiLow),
                ["ci_high"] = ReportNumbers.Json(c.Difference.CiHigh),
                ["p_value"] = ReportNumbers.Json(c.PValue),
                ["standard_error"] = ReportNumbers.Json(c.Difference.StandardError),
                ["bootstrap_ci_low"] = ReportNumbers.Json(c.Bootstrap.Low),
                ["bootstrap_ci_high"] = ReportNumbers.Json(c.Bootstrap.High),
                ["clusters"] = c.Difference.Clusters,
            },
            ["verdict"] = d.VerdictName,
            ["passed"] = d.Passed,
            ["explanation"] = d.Explanation,
            ["margin"] = ReportNumbers.Json(d.Margin),
            ["confidence"] = c.Difference.Confidence,
            ["items"] = outcome.Items.Count,
            ["errors"] = outcome.Errors,
            ["error_rate"] = ReportNumbers.Json(d.ErrorRate),
            ["repeats"] = outcome.Repeats,
            ["power"] = new JsonObject
            {
                ["minimum_detectable_difference"] = ReportNumbers.Json(outcome.Power.MinimumDetectableDifference),
                ["underpowered"] = outcome.Power.Underpowered,
            },
            ["scorers"] = new JsonArray(outcome.Scorers.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Name,
                ["weight"] = s.Weight,
                ["baseline_mean"] = ReportNumbers.Json(s.Baseline.Mean),
                ["candidate_mean"] = ReportNumbers.Json(s.Candidate.Mean),
                ["n"] = s.Candidate.N,
            }).ToArray()),
            ["tags"] = new JsonArray(outcome.Tags.Select(t => (JsonNode)new JsonObject
            {
                ["tag"] = t.Tag,
                ["n"] = t.Items,
                ["baseline_mean"] = ReportNumbers.Json(t.BaselineMean),
                ["candidate_mean"] = ReportNumbers.Json(t.CandidateMean),
                ["delta"] = ReportNumbers.Json(t.Difference.Mean),
                ["ci_low"] = ReportNumbers.Json(t.Difference.CiLow),
                ["ci_high"] = ReportNumbers.Json(t.Difference.CiHigh),
            }).ToArray()),
        };
        if (outcome.Overfit is { } o)
        {
            json["overfit"] = new JsonObject
            {
                ["checked"] = o.Checked,
                ["candidate_copies"] = o.CandidateCopies,
                ["baseline_copies"] = o.BaselineCopies,
                ["candidate_rate"] = ReportNumbers.Json(o.CandidateRate),
                ["threshold"] = o.Threshold,
                ["warning"] = o.Warning,
            };
        }

        if (outcome.Execution is { } e)
        {
            json["requests"] = new JsonObject
            {
                ["sent"] = e.Requests,
                ["cache_hits"] = e.CacheHits,
                ["retries"] = e.Retries,
                ["throttled"] = e.Throttled,
                ["failed"] = e.FailedRequests,
                ["input_tokens"] = e.InputTokens,
                ["output_tokens"] = e.OutputTokens,
            };
        }

        if (outcome.Cost is { } cost)
        {
            json["estimated_usd"] = cost.EstimatedUsd;
            json["budget_usd"] = cost.BudgetUsd;
        }

        return json;
    }

    private static JsonObject Model(string model, MeanEstimate estimate) => new()
    {
        ["model"] = model,
        ["mean"] = ReportNumbers.Json(estimate.Mean),
        ["ci_low"] = ReportNumbers.Json(estimate.CiLow),
        ["ci_high"] = ReportNumbers.Json(estimate.CiHigh),
        ["n"] = estimate.N,
    };
}
