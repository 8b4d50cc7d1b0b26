namespace FineTune.Pipeline.Evaluation;

/// <summary>Diagnostic codes of the evaluation (FT7xxx). Stable: never reuse one. Each is documented in docs/evaluation.md.</summary>
public static class EvaluationCodes
{
    /// <summary>An eval line cannot become an item (no final assistant turn …); it is skipped.</summary>
    public const string NotAnItem = "FT7001";

    /// <summary>The eval set has no usable item.</summary>
    public const string EmptyEvalSet = "FT7002";

    /// <summary>A scorer entry is invalid (unknown type, missing pattern, bad regex, missing schema …).</summary>
    public const string InvalidScorer = "FT7003";

    /// <summary>An evaluate setting is out of range (confidence, max_error_rate, repeats, concurrency …).</summary>
    public const string InvalidSetting = "FT7004";

    /// <summary>Both <c>gate.min_delta</c> and <c>gate.min_relative_improvement</c> are set.</summary>
    public const string ConflictingMargins = "FT7005";

    /// <summary><c>gate.metric</c> names no configured scorer.</summary>
    public const string UnknownMetric = "FT7006";

    /// <summary>The margin is below the smallest difference the eval set can detect (power warning).</summary>
    public const string Underpowered = "FT7007";

    /// <summary>The candidate copies training answers more often than <c>overfit.warn_rate</c>.</summary>
    public const string CopiesTrainingAnswers = "FT7008";

    /// <summary>The estimated evaluation cost exceeds <c>evaluate.budget_usd</c>; nothing was sent.</summary>
    public const string OverBudget = "FT7009";

    /// <summary>No candidate model: neither <c>--model</c>, <c>evaluate.model</c> nor a training result names one.</summary>
    public const string NoCandidate = "FT7010";

    /// <summary>The API key variable is not set for an endpoint that needs one.</summary>
    public const string MissingApiKey = "FT7011";

    /// <summary>A model has no price in <c>evaluate.prices</c>, so the budget cannot be checked.</summary>
    public const string Unpriced = "FT7012";

    /// <summary>Too many items could not be evaluated (error budget exceeded).</summary>
    public const string ErrorBudgetExceeded = "FT7013";

    /// <summary>The gate failed: the candidate is not better than the baseline by the margin, or the result is inconclusive.</summary>
    public const string GateFailed = "FT7014";

    /// <summary>No <c>data.eval</c> and no split of the training set is available.</summary>
    public const string NoEvalSet = "FT7015";

    /// <summary>A local (LoRA) model cannot be used: its adapter or checkpoint folder is missing or cannot be loaded.</summary>
    public const string LocalModelUnavailable = "FT7016";

    /// <summary>A local (LoRA) model is to be evaluated, but this build does not carry the LoRA backend.</summary>
    public const string LocalBackendMissing = "FT7017";
}
