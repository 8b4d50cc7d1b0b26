using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>The cookbook's <c>unrecognized_role</c>, accepting <c>tool</c> (and legacy <c>function</c>).</summary>
internal sealed class UnrecognizedRoleRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2005", "unrecognized_role", Severity.Error,
        "A message's role is not system, user, assistant, tool (or legacy function), or is not a string.",
        "use one of \"system\", \"user\", \"assistant\", \"tool\".");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.RoleKind is FieldKind.Absent)
                {
                    continue;
                }

                if (message.RoleKind != FieldKind.String)
                {
                    context.Report(Rule, message.RoleOffset, $"{name}[{i}].role is {message.RoleKind.Describe()}, not a string");
                }
                else if (message.RoleValue == MessageRole.Other)
                {
                    var role = example[message.Role];
                    var fix = role is "developer" ? "fine-tuning data uses \"system\" for instructions." : null;
                    context.Report(Rule, message.RoleOffset, $"{name}[{i}] has unrecognized role {Quote.Text(role)}", fix);
                }
            }
        }
    }
}
