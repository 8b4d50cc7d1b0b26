using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>Anthropic API keys: <c>sk-ant-api03-…</c>, <c>sk-ant-admin01-…</c>.</summary>
internal sealed partial class AnthropicKeyRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4002", "anthropic_api_key", Severity.Error,
        "Text contains what looks like an Anthropic API key (sk-ant-...).",
        "remove the key from the data and revoke it in the Anthropic console.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.AnthropicKey;

    protected override Regex Pattern => Key();

    protected override bool Accept(ReadOnlySpan<char> text, int index, int length)
        => SecretText.LooksRandom(text.Slice(index, length));

    protected override string Describe(ReadOnlySpan<char> match) => $"an Anthropic API key {Redact(match, 7)}";

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}", RegexOptions.CultureInvariant)]
    private static partial Regex Key();
}
