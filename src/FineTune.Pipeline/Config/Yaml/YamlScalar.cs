using YamlDotNet.Core;

namespace FineTune.Pipeline.Config.Yaml;

/// <summary>A scalar value or key. <see cref="Value"/> starts as the yaml text and receives <c>${VAR}</c> expansion.</summary>
internal sealed class YamlScalar(string raw, ScalarStyle style, SourcePosition start, long startIndex, long endIndex)
    : YamlNode(start, startIndex, endIndex)
{
    private static readonly HashSet<string> NullWords = new(StringComparer.Ordinal) { string.Empty, "~", "null", "Null", "NULL" };

    /// <summary>The value as written (after YAML unescaping, before interpolation).</summary>
    public string Raw { get; } = raw;

    public string Value { get; set; } = raw;

    public ScalarStyle Style { get; } = style;

    /// <summary>An unquoted <c>~</c>, <c>null</c> or nothing at all.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && NullWords.Contains(Raw);

    /// <summary>Set once interpolation has run (an aliased node is visited more than once).</summary>
    public bool Interpolated { get; set; }

    /// <summary>Already reported (bad interpolation, literal secret): binding skips it to avoid follow-up noise.</summary>
    public bool Reported { get; set; }

    public override string Describe() =>
        IsNull ? "nothing" : Value == Raw ? ConfigText.Quote(Value) : $"{ConfigText.Quote(Value)} (from {ConfigText.Quote(Raw)})";
}
