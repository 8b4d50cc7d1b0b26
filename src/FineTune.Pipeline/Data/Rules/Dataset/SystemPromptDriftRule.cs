using FineTune.Pipeline.Data.Pipeline;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>
/// The article's consistency check: more distinct system prompts than validation.max_system_prompt_variants.
/// Reported once per variant beyond the allowance, on the line where it first appears, with usage counts.
/// Examples without a system prompt count as a variant when others have one.
/// </summary>
internal sealed class SystemPromptDriftRule : IDatasetRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3015", "system_prompt_drift", Severity.Warning,
        "The examples use more distinct system prompts than validation.max_system_prompt_variants; the model learns conflicting personas.",
        "use one system prompt for all examples (the one you will send at inference), or raise validation.max_system_prompt_variants.");

    private const int MaxReported = 20;

    private readonly Dictionary<ulong, (int FirstLine, int Count)> _variants = [];
    private (int FirstLine, int Count) _none;

    public RuleDescriptor Descriptor => Rule;

    /// <summary>Distinct system prompts seen (without the "no system prompt" variant).</summary>
    public int Variants => _variants.Count;

    public void Observe(in LineOutcome example, DatasetScope scope)
    {
        var prompt = example.Fingerprints.SystemPrompt;
        if (prompt == UInt128.Zero)
        {
            _none = (_none.Count == 0 ? example.Line : _none.FirstLine, _none.Count + 1);
            return;
        }

        var key = FingerprintIndex.Key(prompt);
        _variants[key] = _variants.TryGetValue(key, out var seen) ? (seen.FirstLine, seen.Count + 1) : (example.Line, 1);
    }

    public void Complete(DatasetScope scope)
    {
        var all = _variants.Values.ToList();
        if (all.Count > 0 && _none.Count > 0)
        {
            all.Add(_none);
        }

        var allowed = Math.Max(1, scope.Limits.MaxSystemPromptVariants);
        if (all.Count <= allowed)
        {
            return;
        }

        all.Sort((a, b) => a.FirstLine.CompareTo(b.FirstLine));
        var usage = string.Join(", ", all.Take(5).Select((v, i) => $"#{i + 1} from line {v.FirstLine}: {v.Count} examples"));
        var more = all.Count > 5 ? $", … {all.Count - 5} more" : string.Empty;
        for (var i = allowed; i < Math.Min(all.Count, allowed + MaxReported); i++)
        {
            var variant = all[i];
            var what = variant == _none && _none.Count > 0 ? "examples without a system prompt start" : $"system prompt variant #{i + 1} of {all.Count} first appears";
            scope.Report(Rule, variant.FirstLine,
                $"{what} here ({variant.Count} examples; allowed variants: {allowed}; usage: {usage}{more})");
        }
    }
}
