using System.Globalization;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// PLACEHOLDER until the core's budget rule lands on main (front work, FT6xxx): to be replaced by the
/// core call so that the CLI and the build share one rule. Do not extend.
/// </summary>
internal static class BudgetGate
{
    public static IReadOnlyList<Diagnostic> Check(CostEstimate estimate, string configFile)
    {
        var findings = new List<Diagnostic>();
        if (!estimate.WithinBudget)
        {
            findings.Add(new Diagnostic(Severity.Error, "FT6001", configFile, 0, 0, string.Create(CultureInfo.InvariantCulture,
                $"estimated training cost ${estimate.EstimatedUsd:0.##} exceeds cost.budget_usd ${estimate.BudgetUsd:0.##}.")));
        }

        return findings;
    }
}
