namespace FineTune.Pipeline.Runner;

/// <summary>What a task's action reports when it returns normally.</summary>
public enum TaskOutcome
{
    /// <summary>The task did its work and its gate passed.</summary>
    Succeeded,

    /// <summary>The task did its work and its gate failed (invalid data, over budget): exit code 1.</summary>
    Failed,
}
