using System.Globalization;
using System.Text;
using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Gate;

namespace FineTune.Pipeline.Evaluation.Reporting;

/// <summary>
/// The evaluation section of summary.md: both means ± CI, the difference ± CI and p-value, the verdict
/// in one sentence, warnings, per-scorer and per-tag results, the five worst items, the biggest
/// regressions, the score distribution (Mermaid), copied training answers and request counts.
/// </summary>
public static class EvaluationSummary
{
    public const int ListedItems = 5;

    public static string Write(EvaluationOutcome outcome, int headingLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var c = outcome.Comparison;
        var d = outcome.Decision;
        var level = string.Format(CultureInfo.InvariantCulture, "{0:0.#}% CI", c.Difference.Confidence * 100);
        var sb = new StringBuilder();
        var h = new string('#', headingLevel);
        var sub = new string('#', headingLevel + 1);
        sb.AppendLine(CultureInfo.InvariantCulture, $"{h} Evaluation: `{outcome.CandidateModel}` vs `{outcome.BaselineModel}`").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Icon(d)} {d.Explanation}").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| | `{outcome.Metric}` | {level} | n |");
        sb.AppendLine("|---|---:|---|---:|");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| baseline `{outcome.BaselineModel}` | {ReportNumbers.Score(c.Baseline.Mean)} | {ReportNumbers.Score(c.Baseline.CiLow)} to {ReportNumbers.Score(c.Baseline.CiHigh)} | {c.Baseline.N} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| candidate `{outcome.CandidateModel}` | {ReportNumbers.Score(c.Candidate.Mean)} | {ReportNumbers.Score(c.Candidate.CiLow)} to {ReportNumbers.Score(c.Candidate.CiHigh)} | {c.Candidate.N} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| **difference** | **{EvaluationGate.Points(c.Difference.Mean)} points** | {EvaluationGate.Points(c.Difference.CiLow)} to {EvaluationGate.Points(c.Difference.CiHigh)} points (bootstrap {EvaluationGate.Points(c.Bootstrap.Low)} to {EvaluationGate.Points(c.Bootstrap.High)}), {ReportNumbers.P(c.PValue)} | {c.Difference.N} |");
        sb.AppendLine();
        var clusters = c.Difference.Clusters is { } k ? string.Create(CultureInfo.InvariantCulture, $" · clustered errors over {k} groups") : string.Empty;
        sb.AppendLine(CultureInfo.InvariantCulture, $"Margin {EvaluationGate.Points(d.Margin)} points · errors {outcome.Errors} of {outcome.Items.Count} items ({ReportNumbers.Percent(d.ErrorRate)}) · repeats {outcome.Repeats}{clusters} · smallest detectable difference {outcome.Power.MinimumDetectableDifference * 100:0.0} points");
        sb.AppendLine();
        foreach (var warning in new[] { outcome.Power.Warning, outcome.Overfit?.WarningText }.OfType<string>())
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"> ⚠️ {warning}").AppendLine();
        }

        WriteScorers(sb, outcome, sub);
        WriteTags(sb, outcome, sub);
        var scored = outcome.Items.Where(i => !i.IsError).ToArray();
        WriteItems(sb, sub, "Five worst items (lowest candidate score)", scored.OrderBy(i => i.Candidate.Metric).ThenBy(i => i.Delta).ThenBy(i => i.Item.Id, StringComparer.Ordinal).Take(ListedItems));
        WriteItems(sb, sub, "Biggest regressions (the baseline beat the candidate)", scored.Where(i => i.Delta < 0).OrderBy(i => i.Delta).ThenBy(i => i.Item.Id, StringComparer.Ordinal).Take(ListedItems));
        sb.AppendLine(CultureInfo.InvariantCulture, $"{sub} Score distribution").AppendLine();
        sb.Append(MermaidDistribution.Chart(scored.Select(i => i.Baseline.Metric!.Value), scored.Select(i => i.Candidate.Metric!.Value))).AppendLine();
        WriteCopies(sb, outcome, sub);
        WriteErrors(sb, outcome, sub);
        if (outcome.Execution is { } e)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Requests: {e.Requests} sent, {e.CacheHits} from cache, {e.Retries} retried, {e.Throttled} throttled (429), {e.FailedRequests} failed; {e.InputTokens} input and {e.OutputTokens} output tokens.");
        }

        return sb.ToString();
    }

    private static string Icon(GateDecision d) => d.Verdict switch
    {
        EvaluationVerdict.Pass => "✅",
        EvaluationVerdict.Inconclusive when d.Passed => "⚠️",
        _ => "❌",
    };

    private static void WriteScorers(StringBuilder sb, EvaluationOutcome outcome, string sub)
    {
        sb.AppendLine(CultureInfo.InvariantCulture, $"{sub} Scorers").AppendLine();
        sb.AppendLine("| scorer | weight | baseline | candidate | n |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var s in outcome.Scorers)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {s.Name} | {s.Weight:0.##} | {ReportNumbers.Score(s.Baseline.Mean)} | {ReportNumbers.Score(s.Candidate.Mean)} | {s.Candidate.N} |");
        }

        sb.AppendLine();
    }

    private static void WriteTags(StringBuilder sb, EvaluationOutcome outcome, string sub)
    {
        if (outcome.Tags.Count == 0)
        {
            return;
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"{sub} By tag").AppendLine();
        sb.AppendLine("| tag | n | baseline | candidate | difference (CI) |").AppendLine("|---|---:|---:|---:|---|");
        foreach (var t in outcome.Tags)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(t.Tag)} | {t.Items} | {ReportNumbers.Score(t.BaselineMean)} | {ReportNumbers.Score(t.CandidateMean)} | {EvaluationGate.Points(t.Difference.Mean)} ({EvaluationGate.Points(t.Difference.CiLow)} to {EvaluationGate.Points(t.Difference.CiHigh)}) |");
        }

        sb.AppendLine();
    }

    private static void WriteItems(StringBuilder sb, string sub, string title, IEnumerable<ItemResult> items)
    {
        var list = items.ToArray();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{sub} {title}").AppendLine();
        if (list.Length == 0)
        {
            sb.AppendLine("None.").AppendLine();
            return;
        }

        sb.AppendLine("| item | baseline | candidate | question | candidate answer |").AppendLine("|---|---:|---:|---|---|");
        foreach (var i in list)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(i.Item.Id)} | {ReportNumbers.Score(i.Baseline.Metric)} | {ReportNumbers.Score(i.Candidate.Metric)} | {Cell(i.Item.Question)} | {Cell(i.Candidate.Answers[0] ?? string.Empty)} |");
        }

        sb.AppendLine();
    }

    private static void WriteCopies(StringBuilder sb, EvaluationOutcome outcome, string sub)
    {
        if (outcome.Overfit is not { } o)
        {
            return;
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"{sub} Copied training answers").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{o.CandidateCopies} of {o.Checked} candidate answers ({ReportNumbers.Percent(o.CandidateRate)}) and {o.BaselineCopies} baseline answers ({ReportNumbers.Percent(o.BaselineRate)}) repeat a training answer (similarity ≥ {o.Threshold:0.00}).");
        sb.AppendLine();
        foreach (var e in o.Examples)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {Cell(e.ItemId)} ({e.Similarity:0.00}, training line {e.TrainingLine}): {Cell(e.Answer)}");
        }

        if (o.Examples.Count > 0)
        {
            sb.AppendLine();
        }
    }

    private static void WriteErrors(StringBuilder sb, EvaluationOutcome outcome, string sub)
    {
        var errors = outcome.Items.Where(i => i.IsError).ToArray();
        if (errors.Length == 0)
        {
            return;
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"{sub} Errors ({errors.Length}, not counted as scores)").AppendLine();
        foreach (var i in errors.Take(ListedItems))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {Cell(i.Item.Id)}: {Cell(i.Errors[0])}");
        }

        sb.AppendLine();
    }

    private static string Cell(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim();
        return flat.Length <= 80 ? flat : string.Concat(flat.AsSpan(0, 77), "...");
    }
}
