using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>The encoding's special tokens (e.g. <c>&lt;|endoftext|&gt;</c>) in text: OpenAI jobs fail on them, late.</summary>
internal sealed class SpecialTokenRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3014", "special_token_in_text", Severity.Error,
        "Text contains a special token of the tokenizer, such as <|endoftext|>; the fine-tuning job fails on it after queueing.",
        "remove the token or break it up (e.g. \"<| endoftext |>\").");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        var specials = context.Limits.SpecialTokens;
        if (specials.Count == 0)
        {
            return;
        }

        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                foreach (var text in new MessageTexts(list[i], includeArguments: true))
                {
                    Scan(example, context, name, i, text, specials);
                }
            }
        }
    }

    private static void Scan(ChatExample example, ExampleContext context, string list, int position, TextRef text, IReadOnlyList<string> specials)
    {
        var span = example[text];
        var from = 0;
        while (from < span.Length)
        {
            var index = span[from..].IndexOf("<|", StringComparison.Ordinal);
            if (index < 0)
            {
                return;
            }

            var at = from + index;
            foreach (var special in specials)
            {
                if (span[at..].StartsWith(special, StringComparison.Ordinal))
                {
                    context.ReportInText(Rule, example, text, at, $"{list}[{position}] contains the special token {special}");
                    break;
                }
            }

            from = at + 2;
        }
    }
}
