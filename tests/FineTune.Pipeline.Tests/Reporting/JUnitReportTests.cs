using System.Xml.Linq;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Testing;
using FineTune.Pipeline.Tests.TestSupport;

namespace FineTune.Pipeline.Tests.Reporting;

public sealed class JUnitReportTests
{
    [Fact]
    public void Each_task_is_a_test_case_and_a_failed_gate_lists_its_errors()
    {
        var report = SummaryMarkdownTests.SampleReport(Samples.Error(), Samples.Warning()) with
        {
            Tasks =
            [
                new TaskReport("validate", TaskRunStatus.Failed, 1_480),
                new TaskReport("cost", TaskRunStatus.Skipped, 0),
                new TaskReport("all", TaskRunStatus.Skipped, 0),
            ],
            DiagnosticsByTask = new Dictionary<string, IReadOnlyList<Diagnostic>> { ["validate"] = [Samples.Error(), Samples.Warning()] },
        };

        var xml = JUnitReport.Render(report);

        Snapshot.Verify(xml, "xml");
        var suite = XDocument.Parse(xml).Root!.Element("testsuite")!;
        Assert.Equal(("3", "1", "0", "2"), ((string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!, (string)suite.Attribute("errors")!, (string)suite.Attribute("skipped")!));
    }

    [Fact]
    public void Configuration_errors_become_a_config_test_case()
    {
        var configError = new Diagnostic(Severity.Error, "FT0001", "finetune.yaml", 3, 5, "unknown key 'trian'");
        var report = SummaryMarkdownTests.SampleReport(configError) with
        {
            Tasks = [new TaskReport("validate", TaskRunStatus.Skipped, 0)],
            DiagnosticsByTask = new Dictionary<string, IReadOnlyList<Diagnostic>> { ["config"] = [configError] },
        };

        var cases = XDocument.Parse(JUnitReport.Render(report)).Descendants("testcase").ToList();

        Assert.Equal(["config", "validate"], cases.Select(c => (string)c.Attribute("name")!));
        Assert.Equal("FT0001: unknown key 'trian'", (string)cases[0].Element("failure")!.Attribute("message")!);
    }
}
