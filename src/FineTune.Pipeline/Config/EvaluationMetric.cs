namespace FineTune.Pipeline.Config;

/// <summary>How an evaluated reply is scored against the reference; yaml names are snake_case.</summary>
public enum EvaluationMetric
{
    /// <summary>1 when the reply equals the reference after trimming whitespace.</summary>
    ExactMatch,

    /// <summary>1 when the reply contains the reference.</summary>
    Contains,

    /// <summary>1 when both parse as JSON and are equal as values.</summary>
    JsonEqual,

    /// <summary>A grader model (<c>evaluate.judge_model</c>) scores the reply from 0 to 1.</summary>
    Judge,
}
