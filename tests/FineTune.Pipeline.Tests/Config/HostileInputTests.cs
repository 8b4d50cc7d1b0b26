using System.Diagnostics;
using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

public sealed class HostileInputTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Deep_nesting_is_reported_instead_of_overflowing_the_stack()
    {
        var yaml = "description: " + new string('[', 5000) + new string(']', 5000) + "\n";

        var result = _project.Load(yaml);

        Assert.Contains(result.Diagnostics, d => d.Code == ConfigCodes.YamlSyntax && d.Message.Contains("nesting", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_aliases_are_not_expanded_exponentially()
    {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));
        var clock = Stopwatch.StartNew();

        var result = _project.Load(yaml);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(13, result.Diagnostics.Count(d => d.Code == ConfigCodes.UnknownKey));
    }

    [Fact]
    public void A_path_with_a_nul_character_is_a_diagnostic_not_an_exception()
    {
        var result = _project.Load("data:\n  train: \"data/\\0train.jsonl\"\n");

        ConfigAssert.Single(result, ConfigCodes.DataFileNotFound, 2, 10);
    }
}
