using System.Text.RegularExpressions;
using FineTune.Pipeline.Config.Yaml;

namespace FineTune.Pipeline.Config.Binding;

/// <summary>The attribute constraints (range, allowed values, length, pattern) and unknown-key reporting.</summary>
internal sealed partial class ConfigBinder
{
    private static readonly HashSet<string> CredentialWords = new(StringComparer.Ordinal) { "key", "apikey", "token", "secret", "password" };

    private bool CheckConstraints(ConfigProperty property, YamlScalar scalar, string path, ref object? value)
    {
        if (value is string text)
        {
            return CheckString(property, scalar, path, text, ref value);
        }

        if (property.Range is { } range && value is IConvertible)
        {
            var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            var min = Convert.ToDouble(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
            var max = Convert.ToDouble(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
            var tooLow = number < min || (range.MinimumIsExclusive && number == min);
            var tooHigh = number > max || (range.MaximumIsExclusive && number == max);
            if (tooLow || tooHigh)
            {
                return Fail(ConfigCodes.OutOfRange, scalar, $"`{path}` must be {RangeText.Describe(range)}, got {scalar.Describe()}.");
            }
        }

        return true;
    }

    private bool CheckString(ConfigProperty property, YamlScalar scalar, string path, string text, ref object? value)
    {
        var allowed = property.AllowedStrings;
        if (allowed.Count > 0)
        {
            var match = allowed.FirstOrDefault(a => string.Equals(a, text.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                return Fail(ConfigCodes.UnknownName, scalar, $"`{path}` must be one of {ConfigText.OneOf(allowed)}, got {scalar.Describe()}.{DidYouMean(text, allowed)}");
            }

            value = match;
            return true;
        }

        if (property.MinLength is { } min && text.Trim().Length < min)
        {
            return Fail(ConfigCodes.OutOfRange, scalar, $"`{path}` must not be empty.");
        }

        if (property.MaxLength is { } max && text.Length > max)
        {
            return Fail(ConfigCodes.OutOfRange, scalar, $"`{path}` must be at most {max} characters, got {text.Length}.");
        }

        if (property.Pattern is { } pattern && !Regex.IsMatch(text, pattern.Pattern))
        {
            return Fail(ConfigCodes.OutOfRange, scalar, $"`{path}` must be {pattern.ErrorMessage ?? $"text matching {pattern.Pattern}"}, got {scalar.Describe()}.");
        }

        return true;
    }

    private void ReportUnknownKey(Type type, YamlScalar key, string path)
    {
        var valid = ConfigModel.PropertiesOf(type).Select(p => p.Key).ToList();
        var where = path.Length == 0 ? "at the top level" : $"under `{path}`";
        var keys = string.Join(", ", path.Length == 0 ? [.. valid, "$schema"] : valid);
        var message = $"unknown key {ConfigText.Quote(key.Value)} {where}.{Hint(key.Value, valid, path)} Valid keys {where}: {keys}.";

        if (Suggestions.Normalize(key.Value).Split('_').Any(CredentialWords.Contains))
        {
            message += " Credentials never go in finetune.yaml: keep the API key in an environment variable and name that variable in `openai.api_key_env`.";
        }

        diagnostics.Error(ConfigCodes.UnknownKey, key.Start, message);
    }

    private static string Hint(string key, IReadOnlyList<string> valid, string path)
    {
        var normalized = Suggestions.Normalize(key);
        var sameSection = valid.FirstOrDefault(v => v == normalized);
        if (sameSection is not null)
        {
            return $" Did you mean `{sameSection}`?";
        }

        var elsewhere = ConfigModel.AllPaths(typeof(FineTuneConfig))
            .FirstOrDefault(p => p.EndsWith("." + normalized, StringComparison.Ordinal) && p[..p.LastIndexOf('.')] != path);
        if (elsewhere is not null)
        {
            return $" It belongs under `{elsewhere[..elsewhere.LastIndexOf('.')]}:` (`{elsewhere}`).";
        }

        return DidYouMean(key, valid);
    }
}
