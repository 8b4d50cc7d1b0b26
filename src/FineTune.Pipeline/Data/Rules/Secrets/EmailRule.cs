using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>
/// Email addresses of people. Role mailboxes (support@, info@, noreply@ ...) and reserved example domains are
/// ordinary support text and are not reported.
/// </summary>
internal sealed partial class EmailRule : TextPatternRule
{
    private static readonly string[] RoleMailboxes =
    [
        "support", "help", "helpdesk", "info", "sales", "contact", "noreply", "no-reply", "admin", "billing", "service",
        "team", "hello", "press", "privacy", "security", "abuse", "postmaster", "webmaster", "careers", "jobs", "hr",
        "legal", "feedback", "orders", "returns", "customerservice", "customer.service", "marketing", "office",
    ];

    private static readonly string[] ExampleDomains = ["example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost"];

    public static RuleDescriptor Rule { get; } = new(
        "FT4101", "email_address", Severity.Warning,
        "Text contains what looks like a person's email address (personal data).",
        "replace it with a placeholder (e.g. <EMAIL>) unless the model should learn it.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.Email;

    protected override Regex Pattern => Email();

    protected override bool Accept(ReadOnlySpan<char> text, int index, int length)
    {
        var match = text.Slice(index, length);
        var at = match.IndexOf('@');
        var local = match[..at];
        var domain = match[(at + 1)..];
        foreach (var role in RoleMailboxes)
        {
            if (local.Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var example in ExampleDomains)
        {
            if (domain.EndsWith(example, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    protected override string Describe(ReadOnlySpan<char> match) => $"an email address …{match[match.IndexOf('@')..]}";

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
