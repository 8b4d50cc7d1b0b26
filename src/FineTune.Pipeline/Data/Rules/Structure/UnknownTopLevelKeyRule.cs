using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>Keys beside <c>messages</c>/<c>tools</c>/<c>parallel_tool_calls</c> (or the DPO keys) that OpenAI does not use.</summary>
internal sealed class UnknownTopLevelKeyRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2016", "unrecognized_example_key", Severity.Warning,
        "The example has a top-level key that OpenAI fine-tuning does not use.",
        "remove it (keep metadata in a separate file), or turn this rule off if your provider reads it.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var key in example.UnknownKeys)
        {
            context.Report(Rule, key.ByteOffset, $"unrecognized key {Quote.Text(example[key])}");
        }
    }
}
