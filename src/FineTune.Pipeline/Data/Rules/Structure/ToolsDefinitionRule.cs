using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>
/// <c>tools</c>: an array of <c>{"type":"function","function":{"name":..., "parameters": {...}}}</c>. The worker
/// checks the definitions once per distinct <c>tools</c> value (they repeat across examples) and this rule reports.
/// </summary>
internal sealed class ToolsDefinitionRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2014", "invalid_tools", Severity.Error,
        "The example's \"tools\" is not an array of function definitions with a name (and an object for parameters).",
        "write tools as [{\"type\": \"function\", \"function\": {\"name\": \"...\", \"description\": \"...\", \"parameters\": {...}}}].");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (example.ToolsKind == FieldKind.Absent)
        {
            return;
        }

        if (example.ToolsKind != FieldKind.Array)
        {
            context.Report(Rule, example.ToolsOffset, $"\"tools\" is {example.ToolsKind.Describe()}, not an array");
        }
        else if (context.ToolsProblem is { } problem)
        {
            context.Report(Rule, problem.Offset, problem.Problem);
        }
    }
}
