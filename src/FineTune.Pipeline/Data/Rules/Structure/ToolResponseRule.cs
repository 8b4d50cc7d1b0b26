using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>A <c>tool</c> message answers an earlier tool call: its <c>tool_call_id</c> must match one.</summary>
internal sealed class ToolResponseRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2013", "unmatched_tool_response", Severity.Error,
        "A tool message has no tool_call_id, or its id matches no tool call of an earlier assistant message.",
        "set \"tool_call_id\" to the \"id\" of the assistant tool call this message answers.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.RoleValue != MessageRole.Tool)
                {
                    continue;
                }

                if (message.ToolCallIdKind != FieldKind.String)
                {
                    var offset = message.ToolCallIdOffset < 0 ? message.ByteOffset : message.ToolCallIdOffset;
                    context.Report(Rule, offset, $"{name}[{i}] is a tool message without a string \"tool_call_id\"");
                }
                else if (!AnsweredEarlier(example, list, i, example[message.ToolCallId]))
                {
                    context.Report(Rule, message.ToolCallIdOffset,
                        $"{name}[{i}].tool_call_id {Quote.Text(example[message.ToolCallId])} matches no earlier assistant tool call");
                }
            }
        }
    }

    private static bool AnsweredEarlier(ChatExample example, ReusableList<ChatMessage> list, int index, ReadOnlySpan<char> id)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var calls = list[i].ToolCalls;
            for (var c = 0; c < calls.Count; c++)
            {
                if (calls[c].IdKind == FieldKind.String && example[calls[c].Id].SequenceEqual(id))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
