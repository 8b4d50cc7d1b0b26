using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>Google API keys: <c>AIza</c> followed by 35 characters.</summary>
internal sealed partial class GoogleKeyRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4006", "google_api_key", Severity.Error,
        "Text contains a Google API key (AIza...).",
        "remove the key from the data and delete or restrict it in the Google Cloud console.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.GoogleKey;

    protected override Regex Pattern => Key();

    protected override string Describe(ReadOnlySpan<char> match) => $"a Google API key {Redact(match, 4)}";

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex Key();
}
