using FineTune.Pipeline.Tool.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace FineTune.Pipeline.Tool.Tests.Workflows;

/// <summary>Small helpers over YamlDotNet's representation model for reading workflow files.</summary>
public static class YamlFile
{
    public static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    /// <summary>action.yml and every workflow under .github/workflows and examples/*/.github/workflows.</summary>
    public static IEnumerable<string> AllActionYaml()
    {
        yield return RepositoryRoot.Combine("action.yml");
        foreach (var file in WorkflowFiles())
        {
            yield return file;
        }
    }

    public static IEnumerable<string> WorkflowFiles()
    {
        var folders = new[] { RepositoryRoot.Combine(".github", "workflows") }
            .Concat(Directory.GetDirectories(RepositoryRoot.Combine("examples")).Order(StringComparer.Ordinal)
                .Select(e => Path.Combine(e, ".github", "workflows")))
            .Where(Directory.Exists);
        return folders.SelectMany(f => Directory.GetFiles(f, "*.yml").Order(StringComparer.Ordinal));
    }

    public static YamlNode? Get(this YamlNode node, params string[] keys)
    {
        var current = node;
        foreach (var key in keys)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static string? Text(this YamlNode node, params string[] keys) => (node.Get(keys) as YamlScalarNode)?.Value;

    /// <summary>Every mapping in the document that is a step (has <c>run</c> or <c>uses</c> under a <c>steps</c> list).</summary>
    public static IEnumerable<YamlMappingNode> Steps(YamlNode root) =>
        Descendants(root).OfType<YamlMappingNode>()
            .Where(m => m.Children.TryGetValue(new YamlScalarNode("steps"), out var s) && s is YamlSequenceNode)
            .SelectMany(m => ((YamlSequenceNode)m.Children[new YamlScalarNode("steps")]).Children.OfType<YamlMappingNode>());

    private static IEnumerable<YamlNode> Descendants(YamlNode node)
    {
        yield return node;
        var children = node switch
        {
            YamlMappingNode map => map.Children.Values,
            YamlSequenceNode sequence => sequence.Children,
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
