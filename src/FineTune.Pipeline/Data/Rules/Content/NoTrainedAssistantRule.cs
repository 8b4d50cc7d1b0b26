using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>Every assistant message has weight 0: the example is billed but nothing is learned from it.</summary>
internal sealed class NoTrainedAssistantRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3017", "all_weights_zero", Severity.Warning,
        "Every assistant message of the example has \"weight\": 0, so training learns nothing from it.",
        "set \"weight\": 1 on the reply to learn, or drop the example.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (context.Limits.Format != DataFormat.Chat)
        {
            return;
        }

        var assistants = 0;
        for (var i = 0; i < example.Messages.Count; i++)
        {
            var message = example.Messages[i];
            if (message.RoleValue == MessageRole.Assistant)
            {
                if (message.IsTrainedAssistant)
                {
                    return;
                }

                assistants++;
            }
        }

        if (assistants > 0)
        {
            context.Report(Rule, example.MessagesOffset, "every assistant message has weight 0");
        }
    }
}
