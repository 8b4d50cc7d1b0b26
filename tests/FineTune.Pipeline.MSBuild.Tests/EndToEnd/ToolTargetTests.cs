namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>The out-of-process targets, run against the real finetune tool as built in this repository.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class ToolTargetTests(PackageFeed feed)
{
    private const string ShowToolResults = """
        <Target Name="ShowToolResults" AfterTargets="FineTuneTool">
          <Message Importance="high" Text="tool verdict=$(FineTuneVerdict) usd=$(FineTuneEstimatedUsd)" />
        </Target>

        """;

    private static string UseTool => "-p:FineTuneToolPath=" + Repository.CliAssembly;

    [Fact]
    public void The_tool_run_by_the_build_reports_the_same_errors_as_the_in_process_validation()
    {
        var project = feed.WithPackageReference("tool", SampleConfig.Yaml(), SampleData.WithBrokenLines(14, 4, 11));

        var inProcess = project.Build();
        var viaTool = project.Build("--no-restore", "-t:FineTuneTool", "-p:FineTuneToolTarget=validate", UseTool);

        Assert.NotEqual(0, viaTool.ExitCode);
        Assert.Contains(viaTool.Diagnostics("error"), e => e.StartsWith("data/train.jsonl(4,", StringComparison.Ordinal));
        Assert.Equal(inProcess.Diagnostics("error"), viaTool.Diagnostics("error"));
        Assert.DoesNotContain("FT9504", viaTool.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_started_by_a_command_line_reports_the_same_estimate_as_the_in_process_gate()
    {
        var project = feed.WithPackageReference("toolcost", SampleConfig.Yaml(), SampleData.Valid(12), ShowToolResults);

        var inProcess = project.Build();
        var viaTool = project.Build("--no-restore", "-t:FineTuneTool", "-p:FineTuneToolTarget=cost", "-p:FineTuneToolCommand=dotnet exec " + Repository.CliAssembly);

        Assert.True(viaTool.ExitCode == 0, viaTool.ToString());
        var usd = System.Text.RegularExpressions.Regex.Match(inProcess.Output, @"usd=(\S+) verdict=pass").Groups[1].Value;
        Assert.NotEmpty(usd);
        Assert.Contains($"tool verdict=pass usd={usd}", viaTool.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(project.File("artifacts/finetune/report.json")));
    }

    [Fact]
    public void Training_runs_the_tool_whose_findings_become_build_errors()
    {
        var project = feed.WithPackageReference("tooltrain", SampleConfig.Yaml(), SampleData.Valid(12));

        var build = project.Build("-t:FineTuneTrain", UseTool);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(build.Diagnostics("error"), e => e.Contains("error FT5005: ", StringComparison.Ordinal)); // no API key in this environment
        Assert.DoesNotContain("FT9504", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_runs_the_tool_target_of_that_name()
    {
        var project = feed.WithPackageReference("toolgenerate", SampleConfig.Yaml(), SampleData.Valid(12));

        var build = project.Build("-t:FineTuneGenerate", UseTool);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(build.Diagnostics("error"), e => e.Contains("error FT8001: ", StringComparison.Ordinal)); // no generate section in this project
        Assert.DoesNotContain("FT9504", build.Output, StringComparison.Ordinal);
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
