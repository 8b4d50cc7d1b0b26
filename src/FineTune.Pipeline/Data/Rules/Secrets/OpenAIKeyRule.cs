using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>OpenAI API keys: <c>sk-…</c>, <c>sk-proj-…</c>, <c>sk-svcacct-…</c>, <c>sk-admin-…</c>.</summary>
internal sealed partial class OpenAIKeyRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4001", "openai_api_key", Severity.Error,
        "Text contains what looks like an OpenAI API key (sk-..., sk-proj-...).",
        "remove the key from the data and revoke it at platform.openai.com; the model would learn to repeat it.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.OpenAIKey;

    protected override Regex Pattern => Key();

    protected override bool Accept(ReadOnlySpan<char> text, int index, int length)
        => SecretText.LooksRandom(text.Slice(index, length));

    protected override string Describe(ReadOnlySpan<char> match)
    {
        var dash = match[3..].IndexOf('-');
        var prefix = dash is >= 0 and < 8 ? dash + 4 : 3;
        return $"an OpenAI API key {Redact(match, prefix)}";
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}", RegexOptions.CultureInvariant)]
    private static partial Regex Key();
}
