namespace FineTune.Pipeline.Evaluation.Gate;

/// <summary>What the statistics say about candidate − baseline relative to the margin.</summary>
public enum EvaluationVerdict
{
    /// <summary>The whole confidence interval lies above the margin.</summary>
    Pass,

    /// <summary>The whole confidence interval lies below the margin.</summary>
    Fail,

    /// <summary>The interval contains the margin: the data cannot tell.</summary>
    Inconclusive,

    /// <summary>Too many items could not be scored to trust the comparison.</summary>
    Error,
}
