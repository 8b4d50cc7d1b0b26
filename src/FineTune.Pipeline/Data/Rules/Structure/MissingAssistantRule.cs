using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>The cookbook's <c>example_missing_assistant_message</c> and the article's "missing assistant turn".</summary>
internal sealed class MissingAssistantRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2008", "example_missing_assistant_message", Severity.Error,
        "The conversation has no assistant message, so there is nothing to learn from it.",
        "add the assistant reply the model should learn to give.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (context.Limits.Format != DataFormat.Chat || example.InputKind != FieldKind.Absent || example.MessagesKind != FieldKind.Array || example.Messages.Count == 0)
        {
            return;
        }

        for (var i = 0; i < example.Messages.Count; i++)
        {
            if (example.Messages[i].RoleValue == MessageRole.Assistant)
            {
                return;
            }
        }

        context.Report(Rule, example.MessagesOffset, "the example has no assistant message");
    }
}
