using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FineTune.Pipeline.Config.Yaml;

/// <summary>
/// Reads yaml text into a <see cref="YamlNode"/> tree with YamlDotNet's parser. Syntax errors, an empty
/// file, extra documents, duplicate keys and unknown aliases are reported; nothing throws.
/// </summary>
internal sealed class YamlTreeReader
{
    private const int MaxDepth = 64;

    private readonly SourceText _source;
    private readonly ConfigDiagnostics _diagnostics;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);

    private YamlTreeReader(SourceText source, ConfigDiagnostics diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
    }

    /// <summary>The root node of the first document, or null when there is none or the text does not parse.</summary>
    public static YamlNode? Read(SourceText source, ConfigDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var parser = new Parser(new StringReader(source.Text));
        try
        {
            return new YamlTreeReader(source, diagnostics).ReadStream(parser);
        }
        catch (YamlException e)
        {
            YamlErrorTranslator.Report(e, source, diagnostics);
            return null;
        }
    }

    private YamlNode? ReadStream(Parser parser)
    {
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _))
        {
            return null;
        }

        var root = ReadNode(parser, depth: 0);
        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var next))
        {
            _diagnostics.Error(ConfigCodes.MultipleDocuments, At(next.Start), "finetune.yaml holds one YAML document, but a second one starts here (`---`). Remove the `---` line, or move the second document to its own file.");
        }

        return root;
    }

    private YamlNode ReadNode(Parser parser, int depth)
    {
        if (depth > MaxDepth)
        {
            var deep = parser.Current!;
            _diagnostics.Error(ConfigCodes.YamlSyntax, At(deep.Start), $"YAML nesting is deeper than {MaxDepth} levels here; finetune.yaml needs at most four.");
            parser.SkipThisAndNestedEvents();
            return Placeholder(deep);
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            _diagnostics.Error(ConfigCodes.YamlSyntax, At(alias.Start), $"the alias `*{alias.Value.Value}` refers to no anchor: define `&{alias.Value.Value}` on a value above it, or write the value out.");
            return Placeholder(alias);
        }

        YamlNode node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            node = new YamlScalar(scalar.Value, scalar.Style, At(scalar.Start), scalar.Start.Index, scalar.End.Index);
            anchor = scalar.Anchor;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, depth + 1));
            }

            node = new YamlList(At(sequence.Start), sequence.Start.Index, sequence.End.Index, items);
            anchor = sequence.Anchor;
        }
        else
        {
            var mapping = parser.Consume<MappingStart>();
            node = ReadMapping(parser, mapping, depth);
            anchor = mapping.Anchor;
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private YamlMap ReadMapping(Parser parser, MappingStart mapping, int depth)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, depth + 1);
            var value = ReadNode(parser, depth + 1);
            if (keyNode is not YamlScalar key)
            {
                _diagnostics.Error(ConfigCodes.UnknownKey, keyNode.Start, $"a key must be a plain name, not {keyNode.Describe()}.");
                continue;
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                _diagnostics.Error(ConfigCodes.DuplicateKey, key.Start, $"duplicate key `{key.Value}`: it is already defined on line {first.Start.Line}. YAML keeps only one of them; merge the two into one entry.");
                continue;
            }

            seen[key.Value] = key;
            entries.Add(new(key, value));
        }

        return new YamlMap(At(mapping.Start), mapping.Start.Index, mapping.End.Index, entries);
    }

    private YamlScalar Placeholder(ParsingEvent at) =>
        new(string.Empty, ScalarStyle.Plain, At(at.Start), at.Start.Index, at.End.Index) { Reported = true };

    private SourcePosition At(Mark mark) => _source.PositionAt(mark.Index);
}
