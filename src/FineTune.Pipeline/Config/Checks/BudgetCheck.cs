namespace FineTune.Pipeline.Config.Checks;

/// <summary>A warning threshold at or above the budget would never warn before the gate fails.</summary>
internal sealed class BudgetCheck : IConfigCheck
{
    public void Check(ConfigCheckContext context)
    {
        var cost = context.Config.Cost;
        if (cost is { WarnUsd: { } warn, BudgetUsd: { } budget } && warn >= budget)
        {
            context.Warning(ConfigCodes.WarnAboveBudget, "cost.warn_usd", $"`cost.warn_usd` ({warn}) is not below `cost.budget_usd` ({budget}), so it never warns before the budget gate fails. Set it below the budget, or remove it.");
        }
    }
}
