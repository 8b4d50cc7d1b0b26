using System.Text;
using FineTune.Pipeline.Data.Counting;
using FineTune.Pipeline.Data.Rules.Dataset;
using FineTune.Pipeline.Data.Rules.FileLevel;
using FineTune.Pipeline.Data.Rules.Structure;

namespace FineTune.Pipeline.Data.Rules;

/// <summary>
/// Every diagnostic code the data validation can emit, with title, default severity, description and fix:
/// the source of the README table and of <c>validation.rules</c> override checks.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        .. FileRules.All
            .Append(DataTypeRule.Descriptor)
            .Append(ModelTokenizer.EstimatedCounts)
            .Concat(ExampleRules.All.Select(rule => rule.Descriptor))
            .Concat(DatasetRules.Descriptors)
            .OrderBy(rule => rule.Code, StringComparer.Ordinal),
    ];

    /// <summary>The descriptor of <paramref name="code"/> (case-insensitive), or null when no rule has it.</summary>
    public static RuleDescriptor? Find(string code)
        => All.FirstOrDefault(rule => string.Equals(rule.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The Markdown table of every code: code, title, default severity, what it finds, how to fix.</summary>
    public static string ToMarkdownTable()
    {
        var builder = new StringBuilder();
        builder.Append("| Code | Title | Default | What it finds | How to fix |\n");
        builder.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var rule in All)
        {
            builder.Append($"| {rule.Code} | `{rule.Title}` | {rule.DefaultSeverity.ToString().ToLowerInvariant()} | {Cell(rule.Description)} | {Cell(rule.HowToFix)} |\n");
        }

        return builder.ToString();
    }

    private static string Cell(string text) => text
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
