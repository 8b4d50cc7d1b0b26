using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>DPO: <c>preferred_output</c> and <c>non_preferred_output</c> each hold exactly one assistant message.</summary>
internal sealed class DpoOutputRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2021", "dpo_invalid_output", Severity.Error,
        "preferred_output or non_preferred_output is missing, or is not an array of exactly one assistant message.",
        "write \"preferred_output\": [{\"role\": \"assistant\", \"content\": \"...\"}] and the same for non_preferred_output.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (context.Limits.Format != DataFormat.Dpo)
        {
            return;
        }

        CheckOutput(example, context, "preferred_output", example.PreferredKind, example.PreferredOffset, example.Preferred);
        CheckOutput(example, context, "non_preferred_output", example.NonPreferredKind, example.NonPreferredOffset, example.NonPreferred);
    }

    private static void CheckOutput(
        ChatExample example, ExampleContext context, string name, FieldKind kind, int offset, ReusableList<ChatMessage> output)
    {
        if (kind == FieldKind.Absent)
        {
            context.Report(Rule, 0, $"the pair has no \"{name}\"");
        }
        else if (kind != FieldKind.Array)
        {
            context.Report(Rule, offset, $"\"{name}\" is {kind.Describe()}, not an array");
        }
        else if (output.Count != 1)
        {
            context.Report(Rule, offset, $"\"{name}\" holds {output.Count} messages; DPO outputs are exactly one assistant message");
        }
        else if (output[0].ElementKind == FieldKind.Object && output[0].RoleValue != MessageRole.Assistant)
        {
            var role = output[0].RoleKind == FieldKind.String ? Quote.Text(example[output[0].Role]) : output[0].RoleKind.Describe();
            context.Report(Rule, output[0].ByteOffset, $"\"{name}[0]\" has role {role}; it must be \"assistant\"");
        }
    }
}
