using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary><c>parallel_tool_calls</c> is a boolean.</summary>
internal sealed class ParallelToolCallsRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2015", "invalid_parallel_tool_calls", Severity.Error,
        "\"parallel_tool_calls\" is not true or false.",
        "use \"parallel_tool_calls\": false (or true), or remove the key.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (example.ParallelToolCallsKind is not (FieldKind.Absent or FieldKind.Boolean))
        {
            context.Report(Rule, example.ParallelToolCallsOffset, $"\"parallel_tool_calls\" is {example.ParallelToolCallsKind.Describe()}, not a boolean");
        }
    }
}
