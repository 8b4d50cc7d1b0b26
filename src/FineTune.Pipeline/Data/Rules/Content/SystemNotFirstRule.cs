using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>A system message after the conversation started.</summary>
internal sealed class SystemNotFirstRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3005", "system_not_first", Severity.Warning,
        "A system message appears after the first message.",
        "move the system prompt to the start of the conversation (inference sends it first).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        var messages = example.Messages;
        for (var i = 1; i < messages.Count; i++)
        {
            if (messages[i].RoleValue == MessageRole.System && messages[i - 1].RoleValue != MessageRole.System)
            {
                context.Report(Rule, messages[i].ByteOffset, $"{example.MessageLists[0].Name}[{i}] is a system message in the middle of the conversation");
            }
        }
    }
}
