using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary><c>weight</c> is 0 or 1, and only on assistant messages.</summary>
internal sealed class WeightRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2010", "invalid_weight", Severity.Error,
        "A message's \"weight\" is not 0 or 1, or is set on a message that is not from the assistant.",
        "use \"weight\": 0 (skip this reply in training) or 1, on assistant messages only.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.WeightKind == FieldKind.Absent)
                {
                    continue;
                }

                if (message.WeightKind != FieldKind.Number || message.Weight is not (0 or 1))
                {
                    var value = message.WeightKind == FieldKind.Number ? $"{message.Weight}" : message.WeightKind.Describe();
                    context.Report(Rule, message.WeightOffset, $"{name}[{i}].weight is {value}; it must be 0 or 1");
                }
                else if (message.RoleValue is not (MessageRole.Assistant or MessageRole.None))
                {
                    context.Report(Rule, message.WeightOffset, $"{name}[{i}] has a weight but its role is {Quote.Text(example[message.Role])}");
                }
            }
        }
    }
}
