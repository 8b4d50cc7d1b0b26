using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary><c>tool_calls</c>: on assistant messages, each <c>{id, type:"function", function:{name, arguments}}</c>.</summary>
internal sealed class ToolCallShapeRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2011", "invalid_tool_call", Severity.Error,
        "A tool call is malformed: tool_calls not an array or not on an assistant message, or a call without id, type \"function\", function.name or string function.arguments.",
        "write tool_calls as [{\"id\": \"call_1\", \"type\": \"function\", \"function\": {\"name\": \"...\", \"arguments\": \"{...}\"}}].");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.ToolCallsKind == FieldKind.Absent)
                {
                    continue;
                }

                var path = $"{name}[{i}].tool_calls";
                if (message.ToolCallsKind != FieldKind.Array)
                {
                    context.Report(Rule, message.ToolCallsOffset, $"{path} is {message.ToolCallsKind.Describe()}, not an array");
                    continue;
                }

                if (message.RoleValue is not (MessageRole.Assistant or MessageRole.None))
                {
                    context.Report(Rule, message.ToolCallsOffset, $"{path} is on a {Quote.Text(example[message.Role])} message",
                        "only assistant messages call tools.");
                }

                for (var c = 0; c < message.ToolCalls.Count; c++)
                {
                    CheckCall(example, context, $"{path}[{c}]", message.ToolCalls[c]);
                }
            }
        }
    }

    private static void CheckCall(ChatExample example, ExampleContext context, string path, ToolCall call)
    {
        if (call.ElementKind != FieldKind.Object)
        {
            context.Report(Rule, call.ByteOffset, $"{path} is {call.ElementKind.Describe()}, not an object");
            return;
        }

        if (call.IdKind != FieldKind.String || example[call.Id].IsWhiteSpace())
        {
            context.Report(Rule, call.ByteOffset, $"{path} has no string \"id\"");
        }

        if (call.TypeKind != FieldKind.String || !example[call.Type].SequenceEqual("function"))
        {
            context.Report(Rule, call.ByteOffset, $"{path}.type must be \"function\"");
        }

        if (call.FunctionKind != FieldKind.Object)
        {
            context.Report(Rule, call.FunctionOffset < 0 ? call.ByteOffset : call.FunctionOffset, $"{path}.function is {call.FunctionKind.Describe()}, not an object");
            return;
        }

        if (call.NameKind != FieldKind.String || example[call.Name].IsWhiteSpace())
        {
            context.Report(Rule, call.FunctionOffset, $"{path}.function has no string \"name\"");
        }

        if (call.ArgumentsKind != FieldKind.String)
        {
            var offset = call.ArgumentsOffset < 0 ? call.FunctionOffset : call.ArgumentsOffset;
            context.Report(Rule, offset, $"{path}.function.arguments is {call.ArgumentsKind.Describe()}; it must be a string holding JSON",
                "encode the arguments object as a JSON string: \"arguments\": \"{\\\"city\\\": \\\"Paris\\\"}\".");
        }
    }
}
