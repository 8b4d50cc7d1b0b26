using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>DPO: <c>input</c> is an object holding a non-empty <c>messages</c> array (the prompt).</summary>
internal sealed class DpoInputRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2020", "dpo_missing_input", Severity.Error,
        "A DPO pair has no \"input\" object with a non-empty \"messages\" array.",
        "write {\"input\": {\"messages\": [...]}, \"preferred_output\": [...], \"non_preferred_output\": [...]}.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (context.Limits.Format != DataFormat.Dpo)
        {
            return;
        }

        if (example.InputKind == FieldKind.Absent)
        {
            if (example.MessagesKind != FieldKind.Absent)
            {
                context.Report(Rule, example.MessagesOffset, "the line is a chat example (\"messages\") but the dataset format is dpo",
                    "set data.format: chat in finetune.yaml, or write DPO pairs.");
            }
            else
            {
                context.Report(Rule, 0, "the pair has no \"input\"");
            }
        }
        else if (example.InputKind != FieldKind.Object)
        {
            context.Report(Rule, example.InputOffset, $"\"input\" is {example.InputKind.Describe()}, not an object");
        }
        else if (example.MessagesKind != FieldKind.Array || example.Messages.Count == 0)
        {
            var what = example.MessagesKind == FieldKind.Array ? "an empty array" : example.MessagesKind.Describe();
            context.Report(Rule, example.MessagesKind == FieldKind.Absent ? example.InputOffset : example.MessagesOffset,
                $"\"input.messages\" is {what}");
        }
    }
}
