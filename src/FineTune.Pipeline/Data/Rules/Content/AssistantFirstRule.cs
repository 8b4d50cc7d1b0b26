using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>The assistant speaks before any user message: the model learns to answer nothing.</summary>
internal sealed class AssistantFirstRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3007", "assistant_first", Severity.Warning,
        "The first message after the system prompt is from the assistant.",
        "start the conversation with the user message the assistant replies to.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        var messages = example.Messages;
        for (var i = 0; i < messages.Count; i++)
        {
            var role = messages[i].RoleValue;
            if (role == MessageRole.System)
            {
                continue;
            }

            if (role == MessageRole.Assistant)
            {
                context.Report(Rule, messages[i].ByteOffset, $"{example.MessageLists[0].Name}[{i}] is an assistant message before any user message");
            }

            return;
        }
    }
}
