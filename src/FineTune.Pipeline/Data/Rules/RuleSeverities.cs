using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules;

/// <summary>The effective severity of each code: the default, or the override from <c>validation.rules</c>.</summary>
internal sealed class RuleSeverities
{
    private readonly Dictionary<string, Severity> _overrides;

    public RuleSeverities(IReadOnlyDictionary<string, Severity>? overrides)
    {
        _overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, severity) in overrides ?? new Dictionary<string, Severity>())
        {
            _overrides[code.Trim()] = severity;
        }
    }

    public static RuleSeverities Defaults { get; } = new(null);

    public Severity For(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _overrides.TryGetValue(rule.Code, out var severity) ? severity : rule.DefaultSeverity;
    }

    public bool IsEnabled(RuleDescriptor rule) => For(rule) != Severity.Off;
}
