namespace FineTune.Pipeline.Diagnostics;

/// <summary>
/// One finding about user input (a dataset line, a configuration key). Line and column are 1-based;
/// 0 means "the whole file". Columns count characters (Unicode scalar values), as editors do.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string? File, int Line, int Column, string Message)
{
    /// <summary>The canonical MSBuild / compiler form: <c>file(line,col): error FT1001: message</c>.</summary>
    public string ToCanonicalString()
    {
        var kind = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        var location = File is null ? "finetune" : Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
        return $"{location}: {kind} {Code}: {Message}";
    }

    public override string ToString() => ToCanonicalString();
}
