using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>
/// Keys beside <c>messages</c>/<c>tools</c>/<c>parallel_tool_calls</c> (or the DPO keys) that OpenAI does not use.
/// In the eval file, the evaluation's own fields (<c>id</c>, <c>tags</c>, <c>group</c>, <c>metadata</c>) are expected.
/// </summary>
internal sealed class UnknownTopLevelKeyRule : IExampleRule
{
    private static readonly HashSet<string> EvaluationKeys = new(["id", "tags", "group", "metadata"], StringComparer.Ordinal);

    public static RuleDescriptor Rule { get; } = new(
        "FT2016", "unrecognized_example_key", Severity.Warning,
        "The example has a top-level key that OpenAI fine-tuning does not use.",
        "remove it (keep metadata in a separate file), or turn this rule off if your provider reads it.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var key in example.UnknownKeys)
        {
            if (context.IsEvalFile && EvaluationKeys.Contains(example[key].ToString()))
            {
                continue;
            }

            context.Report(Rule, key.ByteOffset, $"unrecognized key {Quote.Text(example[key])}");
        }
    }
}
