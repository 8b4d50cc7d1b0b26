using System.Globalization;
using System.Xml.Linq;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// junit.xml: one test case per task (plus <c>config</c> when loading finetune.yaml reported
/// something), so CI test reporters show the run. A failed gate is a failure listing its error
/// diagnostics, an error is an error, skipped and dry-run tasks are skipped.
/// </summary>
public static class JUnitReport
{
    public const string ConfigTask = "config";

    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cases = new List<XElement>();
        if (report.DiagnosticsByTask.TryGetValue(ConfigTask, out var configDiagnostics) && configDiagnostics.Count > 0)
        {
            var errors = configDiagnostics.Where(d => d.Severity == Severity.Error).ToList();
            cases.Add(Case(ConfigTask, 0, errors.Count == 0 ? null : Problem("failure", errors), configDiagnostics));
        }

        foreach (var task in report.Tasks)
        {
            var diagnostics = report.DiagnosticsByTask.GetValueOrDefault(task.Name) ?? [];
            var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var outcome = task.Status switch
            {
                TaskRunStatus.Failed => Problem("failure", errors),
                TaskRunStatus.Error or TaskRunStatus.Cancelled => Problem("error", errors),
                TaskRunStatus.Skipped or TaskRunStatus.DryRun => new XElement("skipped", new XAttribute("message", TaskStatusText.Label(task.Status))),
                _ => null,
            };
            cases.Add(Case(task.Name, task.DurationMs, outcome, diagnostics));
        }

        var suite = new XElement("testsuite",
            new XAttribute("name", "finetune " + report.Target),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
            new XAttribute("errors", cases.Count(c => c.Element("error") is not null)),
            new XAttribute("skipped", cases.Count(c => c.Element("skipped") is not null)),
            new XAttribute("time", Seconds(report.Tasks.Sum(t => t.DurationMs))),
            new XAttribute("timestamp", report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
            cases);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite));
        return document.Declaration + "\n" + document.Root + "\n";
    }

    private static XElement Case(string name, long durationMs, XElement? outcome, IReadOnlyList<Diagnostic> diagnostics)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", "finetune"),
            new XAttribute("name", name),
            new XAttribute("time", Seconds(durationMs)));
        if (outcome is not null)
        {
            element.Add(outcome);
        }

        var others = diagnostics.Where(d => d.Severity != Severity.Error).ToList();
        if (others.Count > 0)
        {
            element.Add(new XElement("system-out", string.Join('\n', others.Select(d => d.ToCanonicalString()))));
        }

        return element;
    }

    private static XElement Problem(string kind, List<Diagnostic> errors)
    {
        var message = errors.Count switch
        {
            0 => kind == "error" ? "the task did not finish" : "the gate failed",
            1 => errors[0].Code + ": " + errors[0].Message,
            _ => $"{errors.Count} errors, first {errors[0].Code}: {errors[0].Message}",
        };
        return new XElement(kind,
            new XAttribute("message", message),
            new XAttribute("type", errors.Count > 0 ? errors[0].Code : kind),
            string.Join('\n', errors.Select(d => d.ToCanonicalString())));
    }

    private static string Seconds(long milliseconds) => (milliseconds / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
}
