namespace FineTune.Pipeline.Config;

/// <summary>What a load may depend on besides the yaml text; tests pass their own.</summary>
public sealed record ConfigLoadOptions
{
    /// <summary>Variables for <c>${NAME}</c> interpolation; null: the process environment.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>
    /// Codes that <c>validation.rules</c> may name; null: the dataset rules of <see cref="Data.Rules.RuleCatalog"/>.
    /// Configuration codes (<see cref="ConfigCodes"/>) are always accepted.
    /// </summary>
    public IReadOnlyCollection<string>? KnownRuleCodes { get; init; }

    /// <summary>Clock for the warning about approaching shutdown dates (FT0021).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
