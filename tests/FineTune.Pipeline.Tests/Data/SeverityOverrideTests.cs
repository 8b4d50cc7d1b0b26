using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Data;

public sealed class SeverityOverrideTests
{
    private const string WhitespaceContent = """{"messages":[{"role":"user","content":"  "},{"role":"assistant","content":"ok"}]}""";

    private static ValidationOutcomeProbe Run(string code, Severity? severity, params string[] lines)
    {
        using var data = new TempDataset().Train(lines);
        var rules = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        if (severity is { } s)
        {
            rules[code] = s;
        }

        var outcome = data.Validate(data.Config() with { Validation = new ValidationConfig { MinExamples = 1, Rules = rules } });
        return new ValidationOutcomeProbe(outcome.WithCode(code.ToUpperInvariant()).Select(d => d.Severity).ToList(), outcome.HasErrors);
    }

    [Fact]
    public void Default_severity_applies_without_override()
        => Assert.Equal([Severity.Warning], Run("FT3001", null, WhitespaceContent).Severities);

    [Fact]
    public void Off_removes_the_finding()
        => Assert.Empty(Run("FT3001", Severity.Off, WhitespaceContent).Severities);

    [Fact]
    public void Warning_can_become_an_error_and_fail_the_gate()
    {
        var probe = Run("ft3001", Severity.Error, WhitespaceContent);
        Assert.Equal([Severity.Error], probe.Severities);
        Assert.True(probe.HasErrors);
    }

    [Fact]
    public void Error_can_become_a_warning_and_pass_the_gate()
    {
        var probe = Run("FT2005", Severity.Warning, """{"messages":[{"role":"user","content":"hi"},{"role":"bot","content":"ok"},{"role":"assistant","content":"fine"}]}""");
        Assert.Equal([Severity.Warning], probe.Severities);
        Assert.False(probe.HasErrors);
    }

    [Fact]
    public void File_level_codes_can_be_turned_off_too()
        => Assert.Empty(Run("FT1006", Severity.Off, Examples.Chat(1) + "\r").Severities);

    private sealed record ValidationOutcomeProbe(List<Severity> Severities, bool HasErrors);
}
