using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>The cookbook's <c>missing_messages_list</c>: a chat example needs a non-empty <c>messages</c> array.</summary>
internal sealed class MissingMessagesRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2002", "missing_messages_list", Severity.Error,
        "The example has no \"messages\" array, or it is empty.",
        "add \"messages\": [{\"role\": \"user\", ...}, {\"role\": \"assistant\", ...}].");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (context.Limits.Format != DataFormat.Chat)
        {
            return;
        }

        if (example.InputKind != FieldKind.Absent || example.PreferredKind != FieldKind.Absent)
        {
            context.Report(Rule, 0, "the line looks like a DPO pair (input / preferred_output) but the dataset format is chat",
                "set data.format: dpo in finetune.yaml, or write chat examples with \"messages\".");
            return;
        }

        switch (example.MessagesKind)
        {
            case FieldKind.Absent:
                context.Report(Rule, 0, "the example has no \"messages\" key");
                break;
            case FieldKind.Array when example.Messages.Count == 0:
                context.Report(Rule, example.MessagesOffset, "\"messages\" is an empty array");
                break;
            case not FieldKind.Array:
                context.Report(Rule, example.MessagesOffset, $"\"messages\" is {example.MessagesKind.Describe()}, not an array");
                break;
        }
    }
}
