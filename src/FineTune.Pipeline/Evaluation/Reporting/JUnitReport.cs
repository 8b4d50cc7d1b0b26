using System.Globalization;
using System.Xml.Linq;
using FineTune.Pipeline.Evaluation.Execution;

namespace FineTune.Pipeline.Evaluation.Reporting;

/// <summary>
/// JUnit XML for test reporters: one test case per item. A case fails when the candidate scored lower
/// than the baseline (a regression), errors when the item could not be scored, is skipped when the run
/// stopped before it; the suite carries the verdict as a property.
/// </summary>
public static class JUnitReport
{
    public static string Write(EvaluationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var cases = outcome.Items.Select(Case).ToArray();
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", $"evaluate {outcome.CandidateModel} vs {outcome.BaselineModel}"),
            new XAttribute("tests", outcome.Items.Count),
            new XAttribute("failures", outcome.Items.Count(i => i.Delta < 0)),
            new XAttribute("errors", outcome.Items.Count(i => i.IsError && !i.Skipped)),
            new XAttribute("skipped", outcome.Items.Count(i => i.Skipped)),
            new XElement(
                "properties",
                Property("metric", outcome.Metric),
                Property("verdict", outcome.Decision.VerdictName),
                Property("explanation", outcome.Decision.Explanation)),
            cases);
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + new XElement("testsuites", suite) + "\n";
    }

    private static XElement Property(string name, string value) => new("property", new XAttribute("name", name), new XAttribute("value", value));

    private static XElement Case(ItemResult item)
    {
        var element = new XElement("testcase", new XAttribute("classname", "evaluation." + (item.Item.File is null ? "eval" : Path.GetFileNameWithoutExtension(item.Item.File))), new XAttribute("name", item.Item.Id));
        if (item.Skipped)
        {
            element.Add(new XElement("skipped", new XAttribute("message", item.Errors[0])));
        }
        else if (item.IsError)
        {
            element.Add(new XElement("error", new XAttribute("message", item.Errors[0]), string.Join("\n", item.Errors)));
        }
        else if (item.Delta < 0)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"regression: candidate {ReportNumbers.Score(item.Candidate.Metric)} < baseline {ReportNumbers.Score(item.Baseline.Metric)}");
            element.Add(new XElement("failure", new XAttribute("message", message), $"question: {item.Item.Question}\nreference: {item.Item.Reference}\ncandidate: {item.Candidate.Answers[0]}\nbaseline: {item.Baseline.Answers[0]}"));
        }

        element.Add(new XElement("system-out", string.Create(CultureInfo.InvariantCulture, $"baseline {ReportNumbers.Score(item.Baseline.Metric)}, candidate {ReportNumbers.Score(item.Candidate.Metric)}")));
        return element;
    }
}
