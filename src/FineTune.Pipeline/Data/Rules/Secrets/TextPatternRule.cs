using System.Text.RegularExpressions;
using FineTune.Pipeline.Data.Model;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>
/// Base of the secret and personal-data rules: runs one compiled pattern over every text of the example
/// (contents, text parts, tool-call arguments), lets the rule confirm each match (checksums, entropy), and
/// reports it at its exact column with a redacted description: the matched value itself is never printed.
/// </summary>
internal abstract class TextPatternRule : IExampleRule
{
    public abstract RuleDescriptor Descriptor { get; }

    protected abstract Regex Pattern { get; }

    public void Check(ChatExample example, ExampleContext context)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsEnabled(Descriptor))
        {
            return;
        }

        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                foreach (var text in new MessageTexts(list[i], includeArguments: true))
                {
                    Scan(example, context, name, i, text);
                }
            }
        }
    }

    /// <summary>The hint that must be present (see <see cref="TextHints"/>) before the pattern runs over a text.</summary>
    protected abstract TextHint Hint { get; }

    /// <summary>Confirms a match (the whole text is given for context); false drops it.</summary>
    protected virtual bool Accept(ReadOnlySpan<char> text, int index, int length) => true;

    /// <summary>What was found, without the secret: e.g. <c>an OpenAI API key sk-proj-…(redacted)</c>.</summary>
    protected abstract string Describe(ReadOnlySpan<char> match);

    /// <summary>Where the finding points inside the match (e.g. the value after <c>password=</c>).</summary>
    protected virtual int FindingOffset(ReadOnlySpan<char> match) => 0;

    /// <summary>Shows the first <paramref name="keep"/> characters of a secret, then <c>…(redacted)</c>.</summary>
    protected static string Redact(ReadOnlySpan<char> match, int keep) => $"{match[..Math.Min(keep, match.Length)]}…(redacted)";

    private void Scan(ChatExample example, ExampleContext context, string list, int index, TextRef text)
    {
        var span = example[text];
        if ((context.Hints(text, span) & Hint) == 0)
        {
            return;
        }

        foreach (var match in Pattern.EnumerateMatches(span))
        {
            if (Accept(span, match.Index, match.Length))
            {
                var value = span.Slice(match.Index, match.Length);
                var at = match.Index + FindingOffset(value);
                context.ReportInText(Descriptor, example, text, at, $"{list}[{index}] contains {Describe(value)}");
            }
        }
    }
}
