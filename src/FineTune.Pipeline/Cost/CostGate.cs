using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Cost;

/// <summary>
/// The checks of the <c>cost</c> task: budget (FT6001), warning level (FT6002), unknown price
/// (FT6005), and the dates after which the job cannot be created at all: the base model's
/// shutdown (FT6003) and, on api.openai.com, the end of new fine-tuning jobs (FT6004). Approaching
/// dates are warned about when the configuration loads (FT0021), so they are not repeated here.
/// Findings point at the configuration file, since that is where each of them is fixed.
/// </summary>
public sealed class CostGate
{
    private readonly TimeProvider _time;

    public CostGate(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <param name="estimate">The estimate to check.</param>
    /// <param name="model">The base model's catalog entry.</param>
    /// <param name="configFile">Path of finetune.yaml, used as the findings' file.</param>
    /// <param name="usesOpenAIPlatform">True when jobs would go to api.openai.com (not Azure or another server).</param>
    public IReadOnlyList<Diagnostic> Check(CostEstimate estimate, ModelInfo model, string? configFile, bool usesOpenAIPlatform)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(model);
        var found = new List<Diagnostic>();
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

        if (estimate.PricePerMillionTokens == 0m && model.Provider != Providers.Lora)
        {
            found.Add(new(Severity.Warning, CostCodes.PriceUnknown, configFile, 0, 0,
                $"No training price is known for model '{model.Id}', so the estimate is $0. Set cost.price_per_million_tokens (USD per 1M training tokens)."));
        }

        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        if (model.ShutdownDate is { } shutdown && today >= shutdown)
        {
            found.Add(new(Severity.Error, CostCodes.ModelShutDown, configFile, 0, 0,
                $"Base model '{model.Id}' was shut down on {shutdown:yyyy-MM-dd}: it can no longer be fine-tuned. Choose another train.base_model, or the lora provider."));
        }
        else if (usesOpenAIPlatform && model.Provider == Providers.OpenAI && today > ModelCatalog.OpenAIFineTuningEnds)
        {
            found.Add(new(Severity.Error, CostCodes.OpenAITrainingEnded, configFile, 0, 0,
                $"OpenAI accepts no new fine-tuning jobs since {ModelCatalog.OpenAIFineTuningEnds:yyyy-MM-dd}: a job on '{model.Id}' would be refused. " +
                "Use the lora provider, or set openai.base_url to an OpenAI-compatible service that still trains it."));
        }

        return found;
    }

    private static string Breakdown(CostEstimate e)
        => $"{Figures.Count(e.ChargedTokens)} charged tokens = {e.Epochs} epoch{(e.Epochs == 1 ? string.Empty : "s")}" +
           $"{(e.EpochsAuto ? " (auto)" : string.Empty)} × {Figures.Count(e.BillingTokens)} billing tokens at {Figures.Usd(e.PricePerMillionTokens)} per 1M";
}
