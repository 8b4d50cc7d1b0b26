using Microsoft.Build.Framework;

namespace FineTune.Pipeline.MSBuild.Tests.Fakes;

/// <summary>One event a task logged.</summary>
internal sealed record LoggedEvent(string Kind, string? Code, string? File, int Line, int Column, string Message, MessageImportance Importance)
{
    public override string ToString()
    {
        var location = string.IsNullOrEmpty(File) ? "(no file)" : Line > 0 ? $"{File}({Line},{Column})" : File;
        return $"{location}: {Kind} {Code}: {Message}";
    }
}
