namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>Real <c>dotnet build</c>s of sample projects that consume the packed package from a local feed.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class BuildTests(PackageFeed feed)
{
    private const string SkippedValidation = "Skipping target \"_FineTuneValidateCore\" because all output files are up-to-date";

    [Fact]
    public void Valid_data_builds_and_the_results_are_properties()
    {
        var project = feed.WithPackageReference("valid", SampleConfig.Yaml(), SampleData.Valid(12));

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(build.Diagnostics("error"));
        Assert.Matches(@"examples=12 billing=\d+ usd=0\.\d+ verdict=pass", build.Output);
        Assert.Contains("FineTune: 12 examples", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_data_fails_the_build_with_canonical_errors_on_the_broken_lines_and_fails_again_next_time()
    {
        var project = feed.WithPackageReference("invalid", SampleConfig.Yaml(), SampleData.WithBrokenLines(14, 3, 9));

        var first = project.Build();
        var second = project.Build("--no-restore");

        Assert.NotEqual(0, first.ExitCode);
        var errors = first.Diagnostics("error");
        Assert.Contains(errors, e => e.StartsWith("data/train.jsonl(3,", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("data/train.jsonl(9,", StringComparison.Ordinal));
        Assert.All(errors.Where(e => e.Contains("(3,", StringComparison.Ordinal) || e.Contains("(9,", StringComparison.Ordinal)),
            e => Assert.Matches(@"^data/train\.jsonl\((3|9),\d+\): error FT1\d{3}: ", e));
        Assert.False(File.Exists(project.File("obj/Debug/net10.0/finetune.validate.json")));
        Assert.NotEqual(0, second.ExitCode);
        Assert.Equal(errors, second.Diagnostics("error"));
    }

    [Fact]
    public void An_estimate_over_the_budget_fails_the_build_with_FT6001_on_finetune_yaml()
    {
        var project = feed.WithPackageReference("budget", SampleConfig.Yaml(budgetUsd: 0.000001m), SampleData.Valid(12));

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = Assert.Single(build.Diagnostics("error"));
        Assert.StartsWith("finetune.yaml : error FT6001: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unchanged_data_skips_validation_and_keeps_the_results_and_a_changed_dataset_runs_it_again()
    {
        var project = feed.WithPackageReference("incremental", SampleConfig.Yaml(), SampleData.Valid(12));
        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.ToString());

        var unchanged = project.Build("--no-restore", "-v:d");
        File.AppendAllText(project.File("data/train.jsonl"), SampleData.Example(13) + "\n");
        var changed = project.Build("--no-restore", "-v:d");

        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        Assert.Contains(SkippedValidation, unchanged.Output, StringComparison.Ordinal);
        Assert.Contains("examples=12 ", unchanged.Output, StringComparison.Ordinal);
        Assert.True(changed.ExitCode == 0, changed.ToString());
        Assert.DoesNotContain(SkippedValidation, changed.Output, StringComparison.Ordinal);
        Assert.Contains("examples=13 ", changed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_is_a_warning_and_warnaserror_with_its_code_makes_it_an_error()
    {
        var project = feed.WithPackageReference("warnaserror", SampleConfig.Yaml(warnUsd: 0.000001m), SampleData.Valid(12));

        var plain = project.Build();
        var strict = project.Build(["--no-restore", .. DocSnippets.Get("warnaserror").Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2)]);

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Contains(plain.Diagnostics("warning"), w => w.StartsWith("finetune.yaml : warning FT6002: ", StringComparison.Ordinal));
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains(strict.Diagnostics("error"), e => e.StartsWith("finetune.yaml : error FT6002: ", StringComparison.Ordinal));
    }

    [Fact]
    public void WarningsAsErrors_in_the_project_makes_the_warning_an_error()
    {
        var project = feed.WithPackageReference("warningsaserrors", SampleConfig.Yaml(warnUsd: 0.000001m), SampleData.Valid(12),
            "<PropertyGroup>\n  <WarningsAsErrors>$(WarningsAsErrors);FT6002</WarningsAsErrors>\n</PropertyGroup>\n");

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(["FT6002"], build.Codes("error"));
    }

    [Fact]
    public void NoWarn_in_the_project_silences_the_warning()
    {
        var project = feed.WithPackageReference("nowarn", SampleConfig.Yaml(warnUsd: 0.000001m), SampleData.Valid(12), DocSnippets.Get("nowarn"));

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("FT6002", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_targeting_project_validates_once_in_the_outer_build_and_cleans_up()
    {
        var project = feed.WithPackageReference("multitarget", SampleConfig.Yaml(), SampleData.Valid(12));
        File.WriteAllText(project.File("App.csproj"), File.ReadAllText(project.File("App.csproj"))
            .Replace("<TargetFramework>net10.0</TargetFramework>", "<TargetFrameworks>net10.0</TargetFrameworks>", StringComparison.Ordinal));

        var build = project.Build();
        var resultsExisted = File.Exists(project.File("obj/Debug/finetune.validate.json"));
        var clean = Dotnet.Run(project.Directory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = feed.Packages }, "clean", "-nodeReuse:false", "-tl:off");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Single(build.Output.Split('\n'), l => l.Contains("FineTune: 12 examples", StringComparison.Ordinal));
        Assert.True(resultsExisted);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(project.File("obj/Debug/finetune.validate.json")));
    }

    [Fact]
    public void A_data_warning_made_an_error_fails_the_build_and_is_not_recorded_as_validated()
    {
        var lines = SampleData.Valid(12).Split('\n').ToList();
        lines.Insert(4, string.Empty);
        var project = feed.WithPackageReference("datawarning", SampleConfig.Yaml(), string.Join('\n', lines));

        var strict = project.Build("-warnaserror:FT1008");
        var plain = project.Build("--no-restore", "-v:d");

        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains(strict.Diagnostics("error"), e => e.StartsWith("data/train.jsonl(5,1): error FT1008: ", StringComparison.Ordinal));
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.DoesNotContain(SkippedValidation, plain.Output, StringComparison.Ordinal);
        Assert.Contains(plain.Diagnostics("warning"), w => w.StartsWith("data/train.jsonl(5,1): warning FT1008: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_the_tasks_cannot_run_the_build_warns_FT9501_once_and_goes_on()
    {
        var project = feed.WithPackageReference("unsupported", SampleConfig.Yaml(), SampleData.WithBrokenLines(12, 2));

        // .NET Framework MSBuild cannot be run here; the switch it sets is forced instead.
        var build = project.Build("-p:_FineTuneSupported=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(["FT9501"], build.Codes("warning"));
        Assert.Single(build.Diagnostics("warning"));
        Assert.DoesNotContain("FineTune: ", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_documented_settings_move_the_yaml_to_a_subfolder_and_leave_the_budget_gate_out_of_the_build()
    {
        var project = feed.NewProject("settings");
        project.Write("App.csproj", DocSnippets.ProjectWith("package-reference", DocSnippets.Get("settings")));
        project.Write("training/finetune.yaml", SampleConfig.Yaml(budgetUsd: 0.000001m));
        project.Write("training/data/train.jsonl", SampleData.WithBrokenLines(14, 7));
        project.Write("training/data/eval.jsonl", SampleData.Eval());

        var broken = project.Build();
        project.Write("training/data/train.jsonl", SampleData.Valid(12));
        var overBudgetButNotGated = project.Build("--no-restore");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains(broken.Diagnostics("error"), e => e.StartsWith("training/data/train.jsonl(7,", StringComparison.Ordinal));
        Assert.True(overBudgetButNotGated.ExitCode == 0, overBudgetButNotGated.ToString());
        Assert.DoesNotContain("FT6001", overBudgetButNotGated.Output, StringComparison.Ordinal);
    }
}
