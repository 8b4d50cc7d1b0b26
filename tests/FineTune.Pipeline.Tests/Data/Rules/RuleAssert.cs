using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Data.Rules;

/// <summary>Validates small inline JSONL and asserts one finding of a code on the last line, at a marker's column.</summary>
internal static class RuleAssert
{
    public static Diagnostic FindsAt(string code, string? marker, params string[] lines)
        => FindsAt(code, marker, config: null, lines);

    public static Diagnostic FindsAt(string code, string? marker, Func<FineTuneConfig, FineTuneConfig>? config, params string[] lines)
    {
        var outcome = Run(config, lines);
        var d = outcome.Single(code);
        var line = lines[^1];
        Assert.Equal("train.jsonl", d.File);
        Assert.Equal(lines.Length, d.Line);
        if (marker is not null)
        {
            Assert.Equal(Examples.Col(line, marker), d.Column);
        }

        Assert.Contains(". Fix: ", d.Message, StringComparison.Ordinal);
        return d;
    }

    public static void Clean(string code, params string[] lines) => Run(null, lines).Lacks(code);

    public static void Clean(string code, Func<FineTuneConfig, FineTuneConfig>? config, params string[] lines) => Run(config, lines).Lacks(code);

    public static ValidationOutcome Run(Func<FineTuneConfig, FineTuneConfig>? config, string[] lines)
    {
        using var data = new TempDataset().Train(lines);
        var settings = data.Config();
        return data.Validate(config is null ? settings : config(settings));
    }

    public static Func<FineTuneConfig, FineTuneConfig> Dpo => c => c with { Data = c.Data with { Format = DataFormat.Dpo } };
}
