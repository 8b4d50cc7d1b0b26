namespace FineTune.Pipeline.Cost;

/// <summary>Stable diagnostic codes of the cost task (FT6xxx). Each one is documented in README.md.</summary>
public static class CostCodes
{
    /// <summary>Error: the estimate is over <c>cost.budget_usd</c>.</summary>
    public const string OverBudget = "FT6001";

    /// <summary>Warning: the estimate is over <c>cost.warn_usd</c> (and within the budget).</summary>
    public const string OverWarnLevel = "FT6002";

    /// <summary>Error: the base model's shutdown date has passed, so training it is impossible.</summary>
    public const string ModelShutDown = "FT6003";

    /// <summary>Error: OpenAI's last day for new fine-tuning jobs has passed (api.openai.com only).</summary>
    public const string OpenAITrainingEnded = "FT6004";

    /// <summary>Warning: no training price is known for a hosted model, so the estimate says $0.</summary>
    public const string PriceUnknown = "FT6005";
}
