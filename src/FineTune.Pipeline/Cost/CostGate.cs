using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Cost;

/// <summary>
/// The checks of the <c>cost</c> task: budget (FT6001), warning level (FT6002), base-model shutdown
/// (FT6003/FT6004), unknown price (FT6005) and OpenAI's end of new fine-tuning jobs (FT6006).
/// Findings point at the configuration file, since that is where each of them is fixed.
/// </summary>
public sealed class CostGate
{
    /// <summary>A shutdown this close (in days) or closer is worth a warning.</summary>
    public const int ShutdownWarningDays = 60;

    /// <summary>OpenAI stops accepting new fine-tuning jobs from this day on (shared/notes/openai.md).</summary>
    public static readonly DateOnly OpenAINewJobsEnd = new(2027, 1, 6);

    private readonly TimeProvider _time;

    public CostGate(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <param name="estimate">The estimate to check.</param>
    /// <param name="model">The base model's catalog entry.</param>
    /// <param name="configFile">Display path of finetune.yaml, used as the findings' file.</param>
    /// <param name="usesOpenAIPlatform">True when jobs would go to api.openai.com (not Azure or another server).</param>
    public IReadOnlyList<Diagnostic> Check(CostEstimate estimate, ModelInfo model, string? configFile, bool usesOpenAIPlatform)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(model);
        var found = new List<Diagnostic>();
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

        if (estimate.BudgetUsd is { } budget && estimate.EstimatedUsd > budget)
        {
            found.Add(new(Severity.Error, CostCodes.OverBudget, configFile, 0, 0,
                $"Estimated training cost {Figures.Usd(estimate.EstimatedUsd)} is over the budget of {Figures.Usd(budget)} (cost.budget_usd): " +
                $"{Breakdown(estimate)}. Trim the training data, set fewer train.epochs, or raise cost.budget_usd."));
        }
        else if (estimate.WarnUsd is { } warn && estimate.EstimatedUsd > warn)
        {
            found.Add(new(Severity.Warning, CostCodes.OverWarnLevel, configFile, 0, 0,
                $"Estimated training cost {Figures.Usd(estimate.EstimatedUsd)} is over the warning level of {Figures.Usd(warn)} (cost.warn_usd): {Breakdown(estimate)}."));
        }

        if (estimate.PricePerMillionTokens == 0m && model.Provider != "lora")
        {
            found.Add(new(Severity.Warning, CostCodes.PriceUnknown, configFile, 0, 0,
                $"No training price is known for model '{model.Id}', so the estimate is $0. Set cost.price_per_million_tokens (USD per 1M training tokens)."));
        }

        if (model.ShutdownDate is { } shutdown)
        {
            var days = shutdown.DayNumber - today.DayNumber;
            var fix = "choose another train.base_model, or the lora provider";
            if (days <= 0)
            {
                found.Add(new(Severity.Error, CostCodes.ModelShutDown, configFile, 0, 0,
                    $"Base model '{model.Id}' was shut down on {shutdown:yyyy-MM-dd}: it can no longer be fine-tuned; {fix}."));
            }
            else if (days <= ShutdownWarningDays)
            {
                found.Add(new(Severity.Warning, CostCodes.ModelShutdownNear, configFile, 0, 0,
                    $"Base model '{model.Id}' shuts down on {shutdown:yyyy-MM-dd}, in {Days(days)}; {fix}."));
            }
        }

        if (usesOpenAIPlatform && model.Provider == "openai")
        {
            var days = OpenAINewJobsEnd.DayNumber - today.DayNumber;
            var fix = "use the lora provider, or set openai.base_url to an OpenAI-compatible service that still trains (Azure OpenAI)";
            if (days <= 0)
            {
                found.Add(new(Severity.Error, CostCodes.PlatformEndOfLife, configFile, 0, 0,
                    $"OpenAI stopped accepting new fine-tuning jobs on {OpenAINewJobsEnd:yyyy-MM-dd}; {fix}."));
            }
            else if (days <= ShutdownWarningDays)
            {
                found.Add(new(Severity.Warning, CostCodes.PlatformEndOfLife, configFile, 0, 0,
                    $"OpenAI stops accepting new fine-tuning jobs on {OpenAINewJobsEnd:yyyy-MM-dd}, in {Days(days)}; {fix}."));
            }
        }

        return found;
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string Breakdown(CostEstimate e)
        => $"{Figures.Count(e.ChargedTokens)} charged tokens = {e.Epochs} epoch{(e.Epochs == 1 ? string.Empty : "s")}" +
           $"{(e.EpochsAuto ? " (auto)" : string.Empty)} × {Figures.Count(e.BillingTokens)} billing tokens at {Figures.Usd(e.PricePerMillionTokens)} per 1M";
}
