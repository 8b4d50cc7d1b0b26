using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FineTune.Pipeline.Tests.Evaluation.Statistics;

/// <summary>Loads Fixtures/reference.json (computed with SciPy by Fixtures/make_fixtures.py).</summary>
internal static class ReferenceValues
{
    private static readonly Lazy<JsonElement> Root = new(Load);

    public static IEnumerable<JsonElement> Section(string name) => Root.Value.GetProperty(name).EnumerateArray();

    public static JsonElement Get(string name) => Root.Value.GetProperty(name);

    public static double[] Doubles(this JsonElement element) => element.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static double Number(this JsonElement element, string name) => element.GetProperty(name).GetDouble();

    public static void Close(double expected, double actual, double relative = 1e-10, double absolute = 1e-13)
    {
        var tolerance = Math.Max(absolute, relative * Math.Abs(expected));
        Assert.True(
            Math.Abs(expected - actual) <= tolerance,
            $"expected {expected:R}, got {actual:R} (difference {Math.Abs(expected - actual):R}, tolerance {tolerance:R})");
    }

    private static JsonElement Load() => Load(string.Empty);

    private static JsonElement Load(string unused, [CallerFilePath] string thisFile = "")
    {
        _ = unused;
        var path = Path.Combine(Path.GetDirectoryName(thisFile)!, "Fixtures", "reference.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
