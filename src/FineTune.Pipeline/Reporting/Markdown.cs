using System.Text;

namespace FineTune.Pipeline.Reporting;

/// <summary>Small helpers for GitHub-flavoured Markdown tables.</summary>
public static class Markdown
{
    /// <summary>Makes text safe inside a table cell: no line breaks, pipes escaped, HTML shown as text.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return text
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\r', ' ')
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal);
    }

    /// <summary>Appends a table; <paramref name="rightAligned"/> marks numeric columns (all but the first).</summary>
    public static void Table(StringBuilder builder, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, bool rightAligned = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        builder.Append("| ").AppendJoin(" | ", headers.Select(Cell)).Append(" |\n");
        builder.Append('|').AppendJoin('|', headers.Select((_, i) => rightAligned && i > 0 ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in rows)
        {
            builder.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        }
    }
}
