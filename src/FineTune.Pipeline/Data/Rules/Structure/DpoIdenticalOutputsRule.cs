using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>DPO: the preferred and non-preferred replies must differ, or the pair teaches nothing.</summary>
internal sealed class DpoIdenticalOutputsRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2022", "dpo_identical_outputs", Severity.Error,
        "preferred_output and non_preferred_output are the same reply.",
        "make the non-preferred reply the worse answer you want the model to move away from.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (context.Limits.Format != DataFormat.Dpo || example.Preferred.Count != 1 || example.NonPreferred.Count != 1)
        {
            return;
        }

        var preferred = example.Preferred[0];
        var other = example.NonPreferred[0];
        if (preferred.ContentKind == FieldKind.String && other.ContentKind == FieldKind.String
            && example[preferred.Content].SequenceEqual(example[other.Content]))
        {
            context.Report(Rule, example.NonPreferredOffset, "preferred_output and non_preferred_output have the same content");
        }
    }
}
