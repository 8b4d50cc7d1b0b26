namespace FineTune.Pipeline.Config.Yaml;

/// <summary>A sequence.</summary>
internal sealed class YamlList(SourcePosition start, long startIndex, long endIndex, IReadOnlyList<YamlNode> items)
    : YamlNode(start, startIndex, endIndex)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Describe() => "a list";
}
