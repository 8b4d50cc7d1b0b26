using System.Text.RegularExpressions;
using FineTune.Pipeline.Tool.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace FineTune.Pipeline.Tool.Tests.Workflows;

/// <summary>
/// docs/github-actions.md against action.yml: the input and output tables list exactly what the
/// action declares, with the same defaults. (Its workflow snippets are linted by WorkflowLintTests.)
/// </summary>
public sealed partial class GuideTests
{
    private static readonly string Guide = File.ReadAllText(RepositoryRoot.Combine("docs", "github-actions.md"));
    private static readonly YamlMappingNode Action = YamlFile.Load(RepositoryRoot.Combine("action.yml"));

    [Fact]
    public void Inputs_table_lists_every_input_with_its_default()
    {
        var documented = TableRows("### Inputs").ToDictionary(r => r[0], r => r[1]);
        var declared = ((YamlMappingNode)Action.Get("inputs")!).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => p.Value.Text("default") ?? string.Empty);

        Assert.Equal(declared.Keys.Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, defaultValue) in declared)
        {
            Assert.True(documented[name] == defaultValue, $"input {name}: docs say default '{documented[name]}', action.yml says '{defaultValue}'");
        }
    }

    [Fact]
    public void Outputs_table_lists_every_output()
    {
        var documented = TableRows("### Outputs").Select(r => r[0]).Order(StringComparer.Ordinal);
        var declared = ((YamlMappingNode)Action.Get("outputs")!).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal);

        Assert.Equal(declared, documented);
    }

    /// <summary>Rows of the first Markdown table after <paramref name="heading"/>, cells without backticks.</summary>
    private static IEnumerable<string[]> TableRows(string heading)
    {
        var start = Guide.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{heading}' not found in docs/github-actions.md");
        return Guide[start..].Split('\n')
            .SkipWhile(l => !l.StartsWith('|'))
            .TakeWhile(l => l.StartsWith('|'))
            .Skip(2)
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => Backticks().Replace(c.Trim(), string.Empty)).ToArray());
    }

    [GeneratedRegex("`")]
    private static partial Regex Backticks();
}
