namespace FineTune.Pipeline.Config.Yaml;

/// <summary>A mapping; keys are unique (later duplicates were reported and dropped while reading).</summary>
internal sealed class YamlMap(SourcePosition start, long startIndex, long endIndex, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
    : YamlNode(start, startIndex, endIndex)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string Describe() => "a mapping";
}
