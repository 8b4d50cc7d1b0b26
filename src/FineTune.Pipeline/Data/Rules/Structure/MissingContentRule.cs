using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>
/// The cookbook's <c>missing_content</c>, without its bug: an assistant message that calls tools may have
/// no content or <c>null</c> content.
/// </summary>
internal sealed class MissingContentRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2006", "missing_content", Severity.Error,
        "A message has no \"content\", or null content, and is not an assistant message that calls a tool.",
        "add \"content\": \"...\" (only assistant messages with tool_calls may leave it null).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.ElementKind != FieldKind.Object || message.ContentKind is not (FieldKind.Absent or FieldKind.Null))
                {
                    continue;
                }

                var callsTool = message.RoleValue == MessageRole.Assistant
                    && (message.ToolCallsKind != FieldKind.Absent || message.FunctionCallKind != FieldKind.Absent);
                if (callsTool)
                {
                    continue;
                }

                if (message.ContentKind == FieldKind.Null)
                {
                    context.Report(Rule, message.ContentOffset, $"{name}[{i}].content is null");
                }
                else
                {
                    context.Report(Rule, message.ByteOffset, $"{name}[{i}] has no \"content\"");
                }
            }
        }
    }
}
