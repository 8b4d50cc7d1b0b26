namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>How a request that held a concurrency slot ended.</summary>
public enum LimiterOutcome
{
    Success,
    Throttled,
    Failure,
}
