using System.Globalization;

namespace FineTune.Pipeline.Cost;

/// <summary>Formats money and counts for people (invariant culture). Estimates keep full precision; only display rounds.</summary>
public static class Figures
{
    /// <summary>
    /// <c>$12.35</c>; amounts under a dollar with more than two decimals keep four (<c>$0.0675</c>) so small
    /// sets do not read as $0.00, while round amounts stay round (<c>$0.50</c>).
    /// </summary>
    public static string Usd(decimal usd)
    {
        var sign = usd < 0 ? "-" : string.Empty;
        var abs = Math.Abs(usd);
        var digits = abs is > 0m and < 1m && abs != Math.Round(abs, 2) ? 4 : 2;
        var rounded = Math.Round(abs, digits, MidpointRounding.AwayFromZero);
        return sign + "$" + rounded.ToString("#,0." + new string('0', digits), CultureInfo.InvariantCulture);
    }

    /// <summary>Like <see cref="Usd"/>, with an explicit <c>+</c> for positive deltas.</summary>
    public static string UsdDelta(decimal usd) => usd > 0 ? "+" + Usd(usd) : Usd(usd);

    /// <summary>Whole numbers with thousands separators: <c>1,234,567</c>.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Signed counts: <c>+1,200</c>, <c>-35</c>, <c>0</c>.</summary>
    public static string CountDelta(long value) => value > 0 ? "+" + Count(value) : Count(value);

    /// <summary>A statistic with at most one decimal: <c>12</c>, <c>12.5</c>.</summary>
    public static string Stat(double value) => Math.Round(value, 1).ToString("#,0.#", CultureInfo.InvariantCulture);
}
