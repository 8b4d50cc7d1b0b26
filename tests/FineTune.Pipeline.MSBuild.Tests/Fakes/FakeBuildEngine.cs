using System.Collections;
using Microsoft.Build.Framework;

namespace FineTune.Pipeline.MSBuild.Tests.Fakes;

/// <summary>Records what a task logs, with code, file, line and column, as MSBuild would receive it.</summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    public List<LoggedEvent> Events { get; } = [];

    public IEnumerable<LoggedEvent> Errors => Events.Where(e => e.Kind == "error");

    public IEnumerable<LoggedEvent> Warnings => Events.Where(e => e.Kind == "warning");

    public IEnumerable<LoggedEvent> Messages => Events.Where(e => e.Kind == "message");

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "Sample.csproj";

    public void LogErrorEvent(BuildErrorEventArgs e)
        => Events.Add(new("error", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message ?? string.Empty, MessageImportance.High));

    public void LogWarningEvent(BuildWarningEventArgs e)
        => Events.Add(new("warning", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message ?? string.Empty, MessageImportance.High));

    public void LogMessageEvent(BuildMessageEventArgs e)
        => Events.Add(new("message", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message ?? string.Empty, e.Importance));

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs)
        => throw new NotSupportedException();

    /// <summary>Errors and warnings in the canonical form MSBuild prints, one per line.</summary>
    public string Canonical()
        => string.Join('\n', Events.Where(e => e.Kind != "message").Select(e => e.ToString()));
}
