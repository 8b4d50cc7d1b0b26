using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Tests.Runner;

public sealed class CommandLineParserTests
{
    [Fact]
    public void Every_option_is_read()
    {
        var parsed = CommandLineParser.Parse(["cost", "-c", "ml/finetune.yaml", "--report-dir", "out", "--dry-run", "--exclusive", "--compare", "origin/main", "--no-color", "--verbose"]);

        Assert.Equal(
            new RunOptions
            {
                Target = "cost",
                ConfigPath = "ml/finetune.yaml",
                ReportDir = "out",
                DryRun = true,
                Exclusive = true,
                CompareRef = "origin/main",
                NoColor = true,
                Verbose = true,
            },
            parsed.Options);
    }

    [Fact]
    public void Defaults_apply_when_only_a_target_is_given()
    {
        var options = CommandLineParser.Parse(["validate"]).Options!;

        Assert.Equal("finetune.yaml", options.ConfigPath);
        Assert.Null(options.ReportDir);
        Assert.False(options.DryRun || options.Exclusive);
    }

    [Fact]
    public void Equals_syntax_and_Cake_spellings_are_accepted()
    {
        var options = CommandLineParser.Parse(["--target=all", "--config=x.yaml", "--dryrun"]).Options!;

        Assert.Equal(("all", "x.yaml", true), (options.Target, options.ConfigPath, options.DryRun));
    }

    [Theory]
    [InlineData(new string[0], "no target given. Say what to run, for example 'finetune validate'.")]
    [InlineData(new[] { "validate", "--dryrn" }, "unknown option '--dryrn'. Did you mean '--dry-run'?")]
    [InlineData(new[] { "validate", "--frobnicate" }, "unknown option '--frobnicate'.")]
    [InlineData(new[] { "validate", "--config" }, "option '--config' needs a value.")]
    [InlineData(new[] { "validate", "--compare", "--dry-run" }, "option '--compare' needs a value.")]
    [InlineData(new[] { "validate", "--config=" }, "option '--config' needs a non-empty value.")]
    [InlineData(new[] { "validate", "--exclusive=yes" }, "option '--exclusive' takes no value.")]
    [InlineData(new[] { "validate", "cost" }, "only one target can be given, got 'validate' and 'cost'.")]
    public void Mistakes_are_usage_errors_with_a_clear_message(string[] args, string expected)
    {
        var parsed = CommandLineParser.Parse(args);

        Assert.False(parsed.Succeeded);
        Assert.Equal(expected, parsed.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("--version")]
    public void Help_and_version_need_no_target(string flag)
        => Assert.True(CommandLineParser.Parse([flag]).Succeeded);
}
