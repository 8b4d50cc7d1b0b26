using System.Globalization;

namespace FineTune.Pipeline.MSBuild.Results;

/// <summary>How results are written into MSBuild properties: invariant culture, no grouping, so that conditions can compare them.</summary>
internal static class ResultProperties
{
    public static string Usd(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Usd(decimal? value) => value is null ? string.Empty : Usd(value.Value);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The one-line summary printed after validation, e.g. <c>FineTune: 120 examples, 45210 billing tokens x 3 epochs, estimated $0.41 (budget $5) with gpt-4o-mini</c>.</summary>
    public static string Summary(ValidationResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var cost = results.Cost;
        var eval = results.Eval is null ? string.Empty : $" (+{Number(results.Eval.Examples)} eval)";
        var budget = cost.BudgetUsd is null ? string.Empty : $" (budget ${Usd(cost.BudgetUsd)})";
        return $"FineTune: {Number(results.Train.Examples)} examples{eval}, {Number(cost.BillingTokens)} billing tokens x {cost.Epochs} epochs, " +
            $"estimated ${Usd(cost.EstimatedUsd)}{budget} with {cost.Model}";
    }
}
