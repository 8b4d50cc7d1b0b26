using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>A message <c>name</c> is a string of 1–64 letters, digits, <c>_</c> or <c>-</c>.</summary>
internal sealed class NameRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2017", "invalid_name", Severity.Error,
        "A message's \"name\" is not a string of 1 to 64 letters, digits, underscores or hyphens.",
        "use a short identifier such as \"support_agent\", or remove \"name\".");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (listName, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.NameKind == FieldKind.Absent)
                {
                    continue;
                }

                if (message.NameKind != FieldKind.String)
                {
                    context.Report(Rule, message.NameOffset, $"{listName}[{i}].name is {message.NameKind.Describe()}, not a string");
                }
                else if (!IsValid(example[message.Name]))
                {
                    context.Report(Rule, message.NameOffset, $"{listName}[{i}].name {Quote.Text(example[message.Name])} is not a valid name");
                }
            }
        }
    }

    private static bool IsValid(ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
