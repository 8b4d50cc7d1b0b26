using System.Text.RegularExpressions;
using FineTune.Pipeline.Config.Binding;
using FineTune.Pipeline.Data.Rules;

namespace FineTune.Pipeline.Config.Checks;

/// <summary>
/// Keys of <c>validation.rules</c> must be codes of the dataset rules (<see cref="RuleCatalog"/>) or configuration
/// warnings; anything else does nothing, which is a warning (the run still works).
/// </summary>
internal sealed partial class RuleCodesCheck : IConfigCheck
{
    public void Check(ConfigCheckContext context)
    {
        var known = (context.Options.KnownRuleCodes ?? RuleCatalog.All.Select(rule => rule.Code))
            .Concat(ConfigCodes.All)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var code in context.Config.Validation.Rules.Keys)
        {
            var at = context.Locations.KeyOf($"validation.rules.{code}");
            if (!CodePattern().IsMatch(code))
            {
                context.Diagnostics.Warning(ConfigCodes.UnknownRuleCode, at, $"{ConfigText.Quote(code)} under `validation.rules` is not a diagnostic code; codes look like `FT3004` (see the table in README).");
            }
            else if (!known.Contains(code))
            {
                var suggestion = Suggestions.Closest(code, known);
                var didYouMean = suggestion is null ? string.Empty : $" Did you mean `{suggestion}`?";
                context.Diagnostics.Warning(ConfigCodes.UnknownRuleCode, at, $"no rule has the code `{code}`, so this setting does nothing.{didYouMean}");
            }
        }
    }

    [GeneratedRegex("^FT[0-9]{4}$", RegexOptions.IgnoreCase)]
    private static partial Regex CodePattern();
}
