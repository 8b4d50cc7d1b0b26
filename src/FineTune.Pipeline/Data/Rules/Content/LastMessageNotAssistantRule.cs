using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>A chat example that ends with a user (or tool) turn: its last turn teaches nothing and costs tokens.</summary>
internal sealed class LastMessageNotAssistantRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3006", "not_ending_with_assistant", Severity.Warning,
        "The conversation does not end with an assistant message.",
        "end each example with the assistant reply to learn, or drop the trailing turns.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (context.Limits.Format != DataFormat.Chat || example.Messages.Count == 0)
        {
            return;
        }

        var last = example.Messages[example.Messages.Count - 1];
        if (last.RoleValue is MessageRole.User or MessageRole.Tool or MessageRole.System && HasAssistant(example))
        {
            context.Report(Rule, last.ByteOffset, $"the conversation ends with a {last.RoleValue.Name()} message");
        }
    }

    /// <summary>Without any assistant message FT2008 already reports the example.</summary>
    private static bool HasAssistant(ChatExample example)
    {
        for (var i = 0; i < example.Messages.Count; i++)
        {
            if (example.Messages[i].RoleValue == MessageRole.Assistant)
            {
                return true;
            }
        }

        return false;
    }
}
