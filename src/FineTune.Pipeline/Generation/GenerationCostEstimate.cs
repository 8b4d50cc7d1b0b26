namespace FineTune.Pipeline.Generation;

/// <summary>
/// The cost of a run, estimated before anything is sent: requests not answered by the cache, their exact
/// prompt tokens, and <c>max_tokens</c> per answer (an upper bound). <see cref="EstimatedUsd"/> is null when a
/// model has no price.
/// </summary>
public sealed record GenerationCostEstimate(int Requests, int CachedRequests, long InputTokens, long OutputTokens, decimal? EstimatedUsd, decimal? BudgetUsd)
{
    /// <summary>True without a budget; with one, only when the estimate is known and within it.</summary>
    public bool WithinBudget => BudgetUsd is not { } budget || Requests == 0 || (EstimatedUsd is { } usd && usd <= budget);
}
