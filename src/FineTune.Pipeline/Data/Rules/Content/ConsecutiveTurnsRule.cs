using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>Two user turns, or two assistant replies, in a row (tool messages and tool calls in between are fine).</summary>
internal sealed class ConsecutiveTurnsRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3004", "consecutive_turns", Severity.Warning,
        "Two user messages, or two assistant messages, follow each other.",
        "merge the two messages, or put the missing turn between them.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        var messages = example.Messages;
        for (var i = 1; i < messages.Count; i++)
        {
            var previous = messages[i - 1];
            var current = messages[i];
            var repeated = current.RoleValue is MessageRole.User or MessageRole.Assistant && current.RoleValue == previous.RoleValue;
            if (repeated && !(current.RoleValue == MessageRole.Assistant && previous.HasToolCalls))
            {
                var name = example.MessageLists[0].Name;
                context.Report(Rule, current.ByteOffset, $"{name}[{i}] is a second {current.RoleValue.Name()} message in a row");
            }
        }
    }
}
