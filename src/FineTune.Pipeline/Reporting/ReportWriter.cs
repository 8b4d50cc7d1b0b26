using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// Writes report.json, summary.md and junit.xml into the report folder (each atomically), and under
/// GitHub Actions appends the summary to <c>$GITHUB_STEP_SUMMARY</c> and the outputs to <c>$GITHUB_OUTPUT</c>.
/// </summary>
public sealed class ReportWriter
{
    public const string JsonFile = "report.json";
    public const string SummaryFile = "summary.md";
    public const string JUnitFile = "junit.xml";

    private readonly GitHubActionsEnvironment _gitHub;

    public ReportWriter(GitHubActionsEnvironment gitHub)
    {
        ArgumentNullException.ThrowIfNull(gitHub);
        _gitHub = gitHub;
    }

    /// <summary>Writes every report; returns the files written in the report folder.</summary>
    /// <param name="report">The run's report.</param>
    /// <param name="directory">Absolute report folder.</param>
    /// <param name="displayDirectory">The folder as people should read it (the <c>report-dir</c> output).</param>
    public IReadOnlyList<string> Write(RunReport report, string directory, string displayDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(directory);
        var summary = SummaryMarkdown.Render(report);
        var written = new List<string>();
        try
        {
            Write(Path.Combine(directory, JsonFile), ReportJson.Serialize(report), written);
            Write(Path.Combine(directory, SummaryFile), summary, written);
            Write(Path.Combine(directory, JUnitFile), JUnitReport.Render(report), written);
            if (_gitHub.StepSummaryPath is { } summaryPath)
            {
                File.AppendAllText(summaryPath, summary + "\n");
            }

            if (_gitHub.OutputPath is { } outputPath)
            {
                File.AppendAllText(outputPath, GitHubOutputs.Format(GitHubOutputs.From(report, displayDirectory)));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw PipelineException.External(RunnerCodes.ReportWrite, $"could not write the reports to '{displayDirectory}': {ex.Message}", ex);
        }

        return written;
    }

    private static void Write(string path, string content, List<string> written)
    {
        AtomicFile.WriteAllText(path, content);
        written.Add(path);
    }
}
