namespace FineTune.Pipeline.Evaluation;

/// <summary>
/// Requests and tokens the run is expected to make that the cache cannot answer, and their price.
/// <see cref="EstimatedUsd"/> is null when a model has no price in <c>evaluate.prices</c>.
/// </summary>
public sealed record EvaluationCostEstimate(
    int Requests,
    int CachedRequests,
    long InputTokens,
    long OutputTokens,
    decimal? EstimatedUsd,
    decimal? BudgetUsd,
    IReadOnlyList<string> UnpricedModels)
{
    public bool WithinBudget => BudgetUsd is null || EstimatedUsd is null || EstimatedUsd <= BudgetUsd;
}
