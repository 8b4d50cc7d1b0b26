using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>The cookbook's <c>message_missing_key</c> for <c>role</c> (a missing content is <see cref="MissingContentRule"/>).</summary>
internal sealed class MessageMissingRoleRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2003", "message_missing_key", Severity.Error,
        "A message has no \"role\".",
        "add \"role\": \"system\" | \"user\" | \"assistant\" | \"tool\".");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                if (message.ElementKind == FieldKind.Object && message.RoleKind == FieldKind.Absent)
                {
                    context.Report(Rule, message.ByteOffset, $"{name}[{i}] has no \"role\"");
                }
            }
        }
    }
}
