using System.Globalization;

namespace FineTune.Pipeline.Config.Binding;

/// <summary>Converts yaml scalar text to the .NET types the config records use (YAML 1.2 core schema, invariant culture).</summary>
internal static class ScalarConverter
{
    public static bool TryConvert(string text, Type type, out object? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        var s = text.Trim();
        if (type == typeof(string))
        {
            value = text;
            return true;
        }

        if (type == typeof(int) && int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            value = i;
            return true;
        }

        if (type == typeof(long) && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            value = l;
            return true;
        }

        if (type == typeof(double) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            value = d;
            return true;
        }

        if (type == typeof(decimal) && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
        {
            value = m;
            return true;
        }

        if (type == typeof(bool) && bool.TryParse(s, out var b))
        {
            value = b;
            return true;
        }

        if (type == typeof(DateOnly) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date;
            return true;
        }

        if (type.IsEnum)
        {
            var name = EnumNames(type).FirstOrDefault(n => string.Equals(n, s, StringComparison.OrdinalIgnoreCase));
            if (name is not null)
            {
                value = Enum.GetValues(type).Cast<object>().First(v => ConfigModel.SnakeCase(v.ToString()!) == name);
                return true;
            }
        }

        return false;
    }

    /// <summary>The yaml spellings of an enum's values (<c>exact_match</c>).</summary>
    public static IReadOnlyList<string> EnumNames(Type type) =>
        [.. Enum.GetNames(type).Select(ConfigModel.SnakeCase)];

    /// <summary>What a value of the type looks like, for "expected …" messages.</summary>
    public static string Expected(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(int) || type == typeof(long))
        {
            return "an integer";
        }

        if (type == typeof(double) || type == typeof(decimal))
        {
            return "a number";
        }

        if (type == typeof(bool))
        {
            return "`true` or `false`";
        }

        if (type == typeof(DateOnly))
        {
            return "a date written yyyy-mm-dd";
        }

        if (type.IsEnum)
        {
            return $"one of {ConfigText.OneOf(EnumNames(type))}";
        }

        if (ConfigModel.ListItemType(type) is not null)
        {
            return "a list, such as `[q_proj, v_proj]`";
        }

        if (ConfigModel.DictionaryValueType(type) is not null || ConfigModel.IsSection(type))
        {
            return "a mapping of keys";
        }

        return "a string";
    }
}
