namespace FineTune.Pipeline.Config.Yaml;

/// <summary>
/// A node of the yaml tree with its source span. The tree is built from YamlDotNet's parser events
/// rather than its representation model, so that duplicate keys become findings instead of an exception.
/// </summary>
internal abstract class YamlNode(SourcePosition start, long startIndex, long endIndex)
{
    public SourcePosition Start { get; } = start;

    /// <summary>Character offset of the node's first character in the source text.</summary>
    public long StartIndex { get; } = startIndex;

    /// <summary>Character offset just past the node's last character.</summary>
    public long EndIndex { get; } = endIndex;

    /// <summary>How the node reads in a message: "a mapping", "a list" or the quoted value.</summary>
    public abstract string Describe();
}
