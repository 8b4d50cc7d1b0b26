namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>A project with only finetune.yaml and data, on the FineTune.Pipeline.Sdk project SDK.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class DataOnlyProjectTests(PackageFeed feed)
{
    private SampleProject DataOnly(string name, string data)
    {
        var project = feed.NewProject(name);
        project.Write("training-data.csproj", DocSnippets.ProjectWith("data-only-project", DocSnippets.Get("results-target")));
        project.Write("finetune.yaml", SampleConfig.Yaml());
        project.Write("data/train.jsonl", data);
        project.Write("data/eval.jsonl", SampleData.Eval());
        return project;
    }

    [Fact]
    public void A_data_only_project_builds_validates_and_compiles_nothing()
    {
        var project = DataOnly("data-only", SampleData.Valid(12));

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Matches(@"examples=12 billing=\d+ usd=0\.\d+ verdict=pass", build.Output);
        Assert.Empty(Directory.Exists(project.File("bin")) ? Directory.GetFiles(project.File("bin"), "*.dll", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public void A_data_only_project_fails_on_invalid_data_and_cleans_its_results()
    {
        var project = DataOnly("data-only-invalid", SampleData.WithBrokenLines(12, 5));

        var build = project.Build();
        project.Write("data/train.jsonl", SampleData.Valid(12));
        var fixedBuild = project.Build("--no-restore");
        var clean = Dotnet.Run(project.Directory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = feed.Packages }, "clean", "-nodeReuse:false", "-tl:off");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(build.Diagnostics("error"), e => e.StartsWith("data/train.jsonl(5,", StringComparison.Ordinal));
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.ToString());
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(project.File("obj/Debug/net10.0/finetune.validate.json")));
    }
}
