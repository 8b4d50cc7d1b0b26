using FineTune.Pipeline.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FineTune.Pipeline.MSBuild.Logging;

/// <summary>
/// Turns core <see cref="Diagnostic"/> values into MSBuild errors, warnings and messages that carry the
/// code, file, line and column, so the build prints <c>data/train.jsonl(12,1): error FT1003: ...</c> and
/// <c>NoWarn</c>, <c>WarningsAsErrors</c> and <c>-warnaserror:FTxxxx</c> apply as they do to compiler warnings.
/// </summary>
internal sealed class DiagnosticLogger
{
    private readonly TaskLoggingHelper _log;
    private readonly DiagnosticPaths _paths;

    public DiagnosticLogger(TaskLoggingHelper log, DiagnosticPaths paths)
    {
        _log = log;
        _paths = paths;
    }

    public void LogAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Log(diagnostic);
        }
    }

    public void Log(Diagnostic diagnostic)
    {
        var file = _paths.Display(diagnostic.File);
        var line = Math.Max(diagnostic.Line, 0);
        var column = line > 0 ? Math.Max(diagnostic.Column, 1) : 0;
        switch (diagnostic.Severity)
        {
            case Severity.Error:
                _log.LogError(null, diagnostic.Code, null, file, line, column, 0, 0, "{0}", diagnostic.Message);
                break;
            case Severity.Warning:
                _log.LogWarning(null, diagnostic.Code, null, file, line, column, 0, 0, "{0}", diagnostic.Message);
                break;
            case Severity.Info:
                _log.LogMessage(null, diagnostic.Code, null, file, line, column, 0, 0, MessageImportance.Normal, "{0}", diagnostic.Message);
                break;
            default:
                break;
        }
    }
}
