using System.Globalization;

namespace FineTune.Pipeline.Evaluation.Reporting;

/// <summary>Number formatting shared by the evaluation reports (invariant culture; NaN and ±∞ become null in JSON).</summary>
internal static class ReportNumbers
{
    public static double? Json(double value) => double.IsFinite(value) ? Math.Round(value, 6) : null;

    public static string Score(double value) => double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    public static string Score(double? value) => value is { } v ? Score(v) : "error";

    public static string Percent(double value) => double.IsFinite(value) ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    /// <summary><c>p = 0.0261</c>, <c>p &lt; 0.0001</c> or <c>p n/a</c>.</summary>
    public static string P(double value) => !double.IsFinite(value) ? "p n/a"
        : value < 0.0001 ? "p < 0.0001" : "p = " + value.ToString("0.0000", CultureInfo.InvariantCulture);
}
