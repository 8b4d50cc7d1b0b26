using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Testing;
using FineTune.Pipeline.Tests.TestSupport;

namespace FineTune.Pipeline.Tests.Reporting;

public sealed class GitHubAnnotationTests
{
    [Fact]
    public void An_error_on_a_line_becomes_a_workflow_command_with_file_line_column_and_code()
        => Assert.Equal(
            "::error file=data/train.jsonl,line=12,col=1,title=FT2001::the example has no assistant message; add one with role \"assistant\"",
            GitHubAnnotation.Format(Samples.Error(), "data/train.jsonl"));

    [Fact]
    public void Percent_and_line_breaks_are_escaped_in_the_message()
        => Assert.Equal(
            "::warning title=FT6002::50%25 of budget%0Asecond line%0D",
            GitHubAnnotation.Format(new Diagnostic(Severity.Warning, "FT6002", null, 0, 0, "50% of budget\nsecond line\r"), null));

    [Fact]
    public void Colons_and_commas_are_also_escaped_in_properties()
        => Assert.Equal("C%3A/data/a%2Cb.jsonl", GitHubAnnotation.EscapeProperty("C:/data/a,b.jsonl"));

    [Fact]
    public void A_whole_file_finding_has_no_line_and_info_is_a_notice()
        => Assert.Equal(
            "::notice file=finetune.yaml,title=FT6003::soon",
            GitHubAnnotation.Format(new Diagnostic(Severity.Info, "FT6003", "finetune.yaml", 0, 0, "soon"), "finetune.yaml"));

    [Fact]
    public void Under_GitHub_Actions_ten_of_each_severity_are_annotated_and_the_rest_printed_plainly()
    {
        using var console = Consoles.Plain();
        var workspace = Path.Combine(Path.GetTempPath(), "ws");
        var printer = new DiagnosticPrinter(console, new PathMapper(Path.Combine(workspace, "ml"), workspace, workspace), gitHubActions: true);

        printer.Write(Enumerable.Range(1, 12).Select(i => Samples.Error(line: i, message: $"bad line {i}")));
        printer.Write(Samples.Warning());
        printer.WriteOverflowNote();

        Snapshot.Verify(console.Output);
    }

    [Fact]
    public void Outside_GitHub_Actions_every_finding_is_a_canonical_line_relative_to_the_working_directory()
    {
        using var console = Consoles.Plain();
        var root = Path.Combine(Path.GetTempPath(), "repo");
        var printer = new DiagnosticPrinter(console, new PathMapper(Path.Combine(root, "ml"), root), gitHubActions: false);

        printer.Write([Samples.Error(), Samples.Warning(), new Diagnostic(Severity.Error, "FT9011", null, 0, 0, "git ref 'nope' does not exist")]);
        printer.WriteOverflowNote();

        Snapshot.Verify(console.Output);
    }
}
