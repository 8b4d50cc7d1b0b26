using System.Text;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// Formats a diagnostic as a GitHub Actions workflow command:
/// <c>::error file=data/train.jsonl,line=12,col=1,title=FT2001::message</c>.
/// Escapes <c>%</c>, CR and LF in the message, and also <c>:</c> and <c>,</c> in properties.
/// </summary>
public static class GitHubAnnotation
{
    public static string Format(Diagnostic diagnostic, string? file)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };

        var properties = new List<string>();
        if (!string.IsNullOrEmpty(file))
        {
            properties.Add("file=" + EscapeProperty(file));
            if (diagnostic.Line > 0)
            {
                properties.Add($"line={diagnostic.Line}");
                properties.Add($"col={Math.Max(diagnostic.Column, 1)}");
            }
        }

        properties.Add("title=" + EscapeProperty(diagnostic.Code));
        return $"::{command} {string.Join(',', properties)}::{EscapeData(diagnostic.Message)}";
    }

    /// <summary>Escaping for the message part (after <c>::</c>).</summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Escaping for property values (<c>file=</c>, <c>title=</c>).</summary>
    public static string EscapeProperty(string value)
        => EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
