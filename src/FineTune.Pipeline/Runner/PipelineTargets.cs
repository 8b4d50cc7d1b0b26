namespace FineTune.Pipeline.Runner;

/// <summary>The targets a user may name, and those the design has but this version does not.</summary>
public static class PipelineTargets
{
    /// <summary>Distillation: a teacher writes the training data; before validate when finetune.yaml has <c>generate:</c>.</summary>
    public const string Generate = "generate";

    public const string Validate = "validate";
    public const string Cost = "cost";
    public const string Train = "train";
    public const string Evaluate = "evaluate";
    public const string All = "all";

    /// <summary>Not a target: runs after validate when <c>--compare</c> is given.</summary>
    public const string Compare = "compare";

    /// <summary>Targets of this version, in pipeline order.</summary>
    public static IReadOnlyList<string> Available { get; } = [Generate, Validate, Cost, Train, Evaluate, All];

    /// <summary>Targets of the design that this version does not have yet.</summary>
    public static IReadOnlyList<string> NotYetAvailable { get; } = [];

    /// <summary>
    /// The canonical target name, or a usage error: <c>train</c>/<c>evaluate</c> are named as not
    /// available in this version; anything else lists the known targets with a suggestion.
    /// </summary>
    public static string Resolve(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var known = Available.FirstOrDefault(t => string.Equals(t, target, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }

        var later = NotYetAvailable.FirstOrDefault(t => string.Equals(t, target, StringComparison.OrdinalIgnoreCase));
        if (later is not null)
        {
            throw PipelineException.Usage(RunnerCodes.TargetNotAvailable,
                $"target '{later}' is not available in this version of finetune (available: {string.Join(", ", Available)}).");
        }

        var suggestion = Suggestions.Closest(target, Available.Concat(NotYetAvailable));
        var hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
        throw PipelineException.Usage(RunnerCodes.Usage,
            $"unknown target '{target}'.{hint} Known targets: {string.Join(", ", Available)}.");
    }
}
