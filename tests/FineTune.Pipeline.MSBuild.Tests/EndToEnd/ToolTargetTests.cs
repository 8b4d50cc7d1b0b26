namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>The out-of-process targets, run against the real finetune tool as built in this repository.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class ToolTargetTests(PackageFeed feed)
{
    [Fact]
    public void The_tool_run_by_the_build_reports_the_same_errors_as_the_in_process_validation()
    {
        var project = feed.WithPackageReference("tool", SampleConfig.Yaml(), SampleData.WithBrokenLines(14, 4, 11));

        var inProcess = project.Build();
        var viaTool = project.Build("--no-restore", "-t:FineTuneTool", "-p:FineTuneToolTarget=validate", "-p:FineTuneToolPath=" + Repository.CliAssembly);

        Assert.NotEqual(0, viaTool.ExitCode);
        Assert.Contains(viaTool.Diagnostics("error"), e => e.StartsWith("data/train.jsonl(4,", StringComparison.Ordinal));
        Assert.Equal(inProcess.Diagnostics("error"), viaTool.Diagnostics("error"));
        Assert.DoesNotContain("FT9504", viaTool.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_that_cannot_be_found_is_FT9503()
    {
        var project = feed.WithPackageReference("notool", SampleConfig.Yaml(), SampleData.Valid(12));

        var build = project.Build("-t:FineTuneTrain", "-p:FineTuneToolPath=tools/missing/finetune");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(["FT9503"], build.Codes("error"));
    }
}
