namespace FineTune.Pipeline.Config;

/// <summary>What a load may depend on besides the yaml text; tests pass their own.</summary>
public sealed record ConfigLoadOptions
{
    /// <summary>Variables for <c>${NAME}</c> interpolation; null: the process environment.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>
    /// Codes of the dataset rules, for checking <c>validation.rules</c>; null: any well-formed FT code is accepted.
    /// Configuration codes (<see cref="ConfigCodes"/>) are always known.
    /// </summary>
    public IReadOnlyCollection<string>? KnownRuleCodes { get; init; }

    /// <summary>Clock for model shutdown warnings.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
