using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>The cookbook's <c>message_unrecognized_key</c>, knowing the keys tools and weights add.</summary>
internal sealed class UnrecognizedMessageKeyRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2004", "message_unrecognized_key", Severity.Error,
        "A message has a key OpenAI does not accept.",
        "remove it; messages accept role, content, name, weight, tool_calls, tool_call_id (and legacy function_call).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                foreach (var key in list[i].UnknownKeys)
                {
                    context.Report(Rule, key.ByteOffset, $"{name}[{i}] has unrecognized key {Quote.Text(example[key])}");
                }
            }
        }
    }
}
