using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Tests.Runner;

public sealed class PipelineTargetsTests
{
    [Theory]
    [InlineData("validate", "validate")]
    [InlineData("COST", "cost")]
    [InlineData("all", "all")]
    public void Known_targets_resolve_case_insensitively(string input, string expected)
        => Assert.Equal(expected, PipelineTargets.Resolve(input));

    [Fact]
    public void A_mistyped_target_is_a_usage_error_that_suggests_the_closest_and_lists_the_known_ones()
    {
        var error = Assert.Throws<PipelineException>(() => PipelineTargets.Resolve("vaildate"));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Equal(RunnerCodes.Usage, error.Diagnostic.Code);
        Assert.Equal("unknown target 'vaildate'. Did you mean 'validate'? Known targets: generate, validate, cost, train, evaluate, all.", error.Diagnostic.Message);
    }

    [Fact]
    public void A_target_unlike_any_other_gets_no_suggestion()
        => Assert.Equal(
            "unknown target 'deploy'. Known targets: generate, validate, cost, train, evaluate, all.",
            Assert.Throws<PipelineException>(() => PipelineTargets.Resolve("deploy")).Diagnostic.Message);

    [Theory]
    [InlineData("evaluate")]
    [InlineData("Evaluate")]
    public void Evaluate_is_a_target(string target)
        => Assert.Equal(PipelineTargets.Evaluate, PipelineTargets.Resolve(target));

    [Theory]
    [InlineData("validate", "validate", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("costt", "cost", 1)]
    [InlineData("vaildate", "validate", 1)]
    public void Distance_counts_edits_and_transpositions(string a, string b, int expected)
        => Assert.Equal(expected, Suggestions.Distance(a, b));
}
