using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>Every element of a message list must be an object.</summary>
internal sealed class MessageNotObjectRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2009", "message_not_object", Severity.Error,
        "An element of \"messages\" is not a JSON object.",
        "write each message as {\"role\": ..., \"content\": ...}.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.ElementKind != FieldKind.Object)
                {
                    context.Report(Rule, message.ByteOffset, $"{name}[{i}] is {message.ElementKind.Describe()}, not an object");
                }
            }
        }
    }
}
