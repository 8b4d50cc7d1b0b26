using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>The article's "very short assistant response": too short to teach anything.</summary>
internal sealed class AssistantTooShortRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3002", "assistant_reply_too_short", Severity.Warning,
        "A trained assistant reply has fewer characters than validation.assistant.min_chars.",
        "write the full reply you want the model to give, or lower validation.assistant.min_chars.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        var min = context.Limits.AssistantMinChars;
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (!message.IsTrainedAssistant || message.HasToolCalls || message.ContentKind is not (FieldKind.String or FieldKind.Array))
                {
                    continue;
                }

                var chars = 0;
                foreach (var text in new MessageTexts(message))
                {
                    chars += Reading.Utf8Text.ScalarCount(example[text].Trim());
                }

                if (chars > 0 && chars < min)
                {
                    context.Report(Rule, message.ContentOffset, $"{name}[{i}] is an assistant reply of {chars} characters (minimum {min})");
                }
            }
        }
    }
}
