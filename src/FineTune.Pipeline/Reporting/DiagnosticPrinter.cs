using FineTune.Pipeline.Diagnostics;
using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// Prints diagnostics: canonical lines (<c>data/train.jsonl(12,1): error FT2001: …</c>) on a console,
/// or, under GitHub Actions, workflow-command annotations for the first
/// <see cref="AnnotationsPerSeverity"/> of each severity (what GitHub shows per step) and canonical
/// lines after that. <see cref="WriteOverflowNote"/> says how many were not annotated.
/// </summary>
public sealed class DiagnosticPrinter
{
    /// <summary>GitHub shows at most 10 annotations of each severity per step.</summary>
    public const int AnnotationsPerSeverity = 10;

    private readonly IAnsiConsole _console;
    private readonly PathMapper _paths;
    private readonly bool _gitHubActions;
    private readonly Dictionary<Severity, int> _annotated = [];
    private readonly Dictionary<Severity, int> _notAnnotated = [];

    public DiagnosticPrinter(IAnsiConsole console, PathMapper paths, bool gitHubActions)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(paths);
        _console = console;
        _paths = paths;
        _gitHubActions = gitHubActions;
    }

    public void Write(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Write(diagnostic);
        }
    }

    public void Write(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (_gitHubActions && _annotated.GetValueOrDefault(diagnostic.Severity) < AnnotationsPerSeverity)
        {
            _annotated[diagnostic.Severity] = _annotated.GetValueOrDefault(diagnostic.Severity) + 1;
            ConsoleLines.Write(_console, GitHubAnnotation.Format(diagnostic, _paths.ForGitHub(diagnostic.File)));
            return;
        }

        if (_gitHubActions)
        {
            _notAnnotated[diagnostic.Severity] = _notAnnotated.GetValueOrDefault(diagnostic.Severity) + 1;
        }

        ConsoleLines.Write(_console, (diagnostic with { File = _paths.ForConsole(diagnostic.File) }).ToCanonicalString());
    }

    /// <summary>Under GitHub Actions, one line saying how many findings were printed without an annotation.</summary>
    public void WriteOverflowNote()
    {
        if (_notAnnotated.Count == 0)
        {
            return;
        }

        var parts = _notAnnotated
            .OrderByDescending(p => p.Key)
            .Select(p => $"{p.Value} more {Noun(p.Key, p.Value)}");
        ConsoleLines.Write(_console,
            $"{string.Join(" and ", parts)} were printed without annotations (GitHub shows {AnnotationsPerSeverity} per type and step); the job summary and report.json list them all.");
    }

    private static string Noun(Severity severity, int count) => (severity, count == 1) switch
    {
        (Severity.Error, true) => "error",
        (Severity.Error, false) => "errors",
        (Severity.Warning, true) => "warning",
        (Severity.Warning, false) => "warnings",
        (_, true) => "notice",
        _ => "notices",
    };
}
