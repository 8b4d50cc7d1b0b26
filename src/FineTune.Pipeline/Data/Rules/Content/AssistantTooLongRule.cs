using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>The article's "very long assistant response": fine-tuning works best on focused replies.</summary>
internal sealed class AssistantTooLongRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3003", "assistant_reply_too_long", Severity.Warning,
        "A trained assistant reply has more tokens than validation.assistant.max_tokens.",
        "shorten the reply or split the conversation, or raise validation.assistant.max_tokens.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (context.Limits.AssistantMaxTokens is not { } max)
        {
            return;
        }

        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.IsTrainedAssistant && message.ContentTokens > max)
                {
                    context.Report(Rule, message.ContentOffset, $"{name}[{i}] is an assistant reply of {message.ContentTokens} tokens (maximum {max})");
                }
            }
        }
    }
}
