using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace FineTune.Pipeline.Config.Binding;

/// <summary>Says a <see cref="RangeAttribute"/> in words: "between 1 and 50", "greater than 0 and at most 0.5".</summary>
internal static class RangeText
{
    public static string Describe(RangeAttribute range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
        var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
        var lower = range.MinimumIsExclusive ? $"greater than {ConfigText.Number(min)}" : $"at least {ConfigText.Number(min)}";
        if (IsUnbounded(max))
        {
            return lower;
        }

        if (!range.MinimumIsExclusive && !range.MaximumIsExclusive)
        {
            return $"between {ConfigText.Number(min)} and {ConfigText.Number(max)}";
        }

        var upper = range.MaximumIsExclusive ? $"less than {ConfigText.Number(max)}" : $"at most {ConfigText.Number(max)}";
        return $"{lower} and {upper}";
    }

    public static bool IsUnbounded(double max) => max >= int.MaxValue;
}
