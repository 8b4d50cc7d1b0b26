using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>Content that is empty or only whitespace (an assistant message that calls tools may be empty).</summary>
internal sealed class EmptyContentRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3001", "empty_content", Severity.Warning,
        "A message's content is empty or only whitespace.",
        "write the message, or remove it from the conversation.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.ContentKind is not (FieldKind.String or FieldKind.Array) || message.HasToolCalls || message.Parts.Count > 0 && HasImage(example, message))
                {
                    continue;
                }

                var blank = true;
                foreach (var text in new MessageTexts(message))
                {
                    blank &= example[text].IsWhiteSpace();
                }

                if (blank)
                {
                    var what = message.ContentKind == FieldKind.String && example[message.Content].Length == 0 ? "empty" : "only whitespace";
                    context.Report(Rule, message.ContentOffset, $"{name}[{i}].content is {what}");
                }
            }
        }
    }

    private static bool HasImage(ChatExample example, ChatMessage message)
    {
        for (var p = 0; p < message.Parts.Count; p++)
        {
            if (message.Parts[p].TypeKind == FieldKind.String && example[message.Parts[p].Type] is "image_url")
            {
                return true;
            }
        }

        return false;
    }
}
