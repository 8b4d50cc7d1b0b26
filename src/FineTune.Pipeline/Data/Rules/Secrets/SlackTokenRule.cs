using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>Slack tokens (<c>xoxb-</c>, <c>xoxp-</c>, ...) and incoming-webhook URLs.</summary>
internal sealed partial class SlackTokenRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4005", "slack_token", Severity.Error,
        "Text contains a Slack token (xoxb-..., xoxp-...) or a Slack webhook URL.",
        "remove it from the data and rotate it in the Slack app settings.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.SlackToken;

    protected override Regex Pattern => Token();

    protected override string Describe(ReadOnlySpan<char> match)
        => match.StartsWith("https", StringComparison.Ordinal)
            ? $"a Slack webhook URL {Redact(match, 32)}"
            : $"a Slack token {Redact(match, 5)}";

    [GeneratedRegex(@"(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}|https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
