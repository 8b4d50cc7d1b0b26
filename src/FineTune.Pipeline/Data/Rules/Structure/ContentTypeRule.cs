using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>Content must be a string or an array of parts (<c>{"type":"text","text":"..."}</c>, or <c>image_url</c> for vision).</summary>
internal sealed class ContentTypeRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2007", "invalid_content_type", Severity.Error,
        "A message's content is a number, a boolean or an object, or an array with parts that are not text parts.",
        "write content as a JSON string, or as [{\"type\": \"text\", \"text\": \"...\"}].");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                switch (message.ContentKind)
                {
                    case FieldKind.Number or FieldKind.Boolean or FieldKind.Object:
                        context.Report(Rule, message.ContentOffset, $"{name}[{i}].content is {message.ContentKind.Describe()}, not a string");
                        break;
                    case FieldKind.Array when message.Parts.Count == 0:
                        context.Report(Rule, message.ContentOffset, $"{name}[{i}].content is an empty array");
                        break;
                    case FieldKind.Array:
                        CheckParts(example, context, $"{name}[{i}].content", message);
                        break;
                }
            }
        }
    }

    private static void CheckParts(ChatExample example, ExampleContext context, string path, ChatMessage message)
    {
        for (var p = 0; p < message.Parts.Count; p++)
        {
            var part = message.Parts[p];
            if (part.ElementKind != FieldKind.Object)
            {
                context.Report(Rule, part.ByteOffset, $"{path}[{p}] is {part.ElementKind.Describe()}, not a content part object");
                continue;
            }

            var type = part.TypeKind == FieldKind.String ? example[part.Type] : default;
            if (type is "text")
            {
                if (part.TextKind != FieldKind.String)
                {
                    context.Report(Rule, part.ByteOffset, $"{path}[{p}] is a text part whose \"text\" is {part.TextKind.Describe()}");
                }
            }
            else if (type is "image_url")
            {
                if (message.RoleValue != MessageRole.User)
                {
                    context.Report(Rule, part.ByteOffset, $"{path}[{p}] is an image part outside a user message",
                        "put images in user messages only.");
                }
            }
            else
            {
                var shown = part.TypeKind == FieldKind.String ? Quote.Text(type) : part.TypeKind.Describe();
                context.Report(Rule, part.ByteOffset, $"{path}[{p}] has part type {shown}; expected \"text\" (or \"image_url\")");
            }
        }
    }
}
