using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Data.Rules.FileLevel;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>
/// Gathers the findings of one validation run in line order and keeps memory bounded: past
/// <c>maxPerCode</c> findings of one code in one file, the rest are only counted and summarised by one FT1014 line.
/// </summary>
internal sealed class DiagnosticCollector(int maxPerCode, RuleSeverities severities)
{
    private readonly DiagnosticBag _bag = new();
    private readonly Dictionary<(string? File, string Code), int> _counts = [];

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var key = (diagnostic.File, diagnostic.Code);
        _counts.TryGetValue(key, out var count);
        _counts[key] = count + 1;
        if (count < maxPerCode || diagnostic.Line == 0)
        {
            _bag.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Adds the "and N more" lines and returns everything sorted by file, line, column and code.</summary>
    public IReadOnlyList<Diagnostic> Complete()
    {
        var rule = FileRules.DiagnosticsTruncated;
        var severity = severities.For(rule);
        foreach (var ((file, code), count) in _counts.OrderBy(pair => pair.Key.File, StringComparer.Ordinal).ThenBy(pair => pair.Key.Code, StringComparer.Ordinal))
        {
            if (count > maxPerCode && severity != Severity.Off)
            {
                var message = $"{count:N0} findings of {code} in this file; the first {maxPerCode} are listed, {count - maxPerCode:N0} more are not";
                _bag.Add(new Diagnostic(severity, rule.Code, file, 0, 0, ExampleContext.Compose(message, rule.HowToFix)));
            }
        }

        return _bag.ToSortedList();
    }
}
