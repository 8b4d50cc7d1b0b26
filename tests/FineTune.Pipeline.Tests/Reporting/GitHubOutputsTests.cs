using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Tests.TestSupport;

namespace FineTune.Pipeline.Tests.Reporting;

public sealed class GitHubOutputsTests
{
    [Fact]
    public void Outputs_are_verdict_examples_billing_tokens_estimate_and_report_folder()
        => Assert.Equal(
            "verdict=pass\nexamples=50\nbilling-tokens=12000\nestimated-usd=0.108\nreport-dir=artifacts/finetune\n",
            GitHubOutputs.Format(GitHubOutputs.From(SummaryMarkdownTests.SampleReport(), "artifacts/finetune")));

    [Fact]
    public void A_multi_line_value_uses_a_heredoc_with_a_random_delimiter()
    {
        var text = GitHubOutputs.Format([("note", "a\nb")]);

        Assert.Matches("^note<<(ghadelimiter_[0-9a-f]{32})\na\nb\n\\1\n$", text);
    }

    [Fact]
    public void The_environment_is_read_only_when_GITHUB_ACTIONS_is_true()
    {
        var variables = new Dictionary<string, string> { ["GITHUB_WORKSPACE"] = "/w", ["GITHUB_STEP_SUMMARY"] = "/s", ["GITHUB_OUTPUT"] = "/o" };

        Assert.False(GitHubActionsEnvironment.From(variables).IsActive);
        Assert.Null(GitHubActionsEnvironment.From(variables).StepSummaryPath);
        variables["GITHUB_ACTIONS"] = "true";
        Assert.Equal(new GitHubActionsEnvironment(true, "/w", "/s", "/o"), GitHubActionsEnvironment.From(variables));
    }
}
