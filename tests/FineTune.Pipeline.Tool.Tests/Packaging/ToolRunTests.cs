using System.Globalization;
using System.Text.Json;

namespace FineTune.Pipeline.Tool.Tests.Packaging;

/// <summary>
/// The installed tool run the way the GitHub Action runs it: on a sample repository, with a report
/// folder, and inside a simulated Actions environment. These pin the contract action.yml relies on
/// (exit codes, report.json, the <c>$GITHUB_OUTPUT</c> keys, no secret in any output).
/// </summary>
[Collection(InstalledToolGroup.Name)]
public sealed class ToolRunTests(ToolPackageFixture tool)
{
    private const string FakeApiKey = "sk-tooltest-9f2c41d7e0b84a5c";

    [Fact]
    public void Validate_on_valid_data_exits_0_and_writes_a_passing_report()
    {
        using var repo = SampleRepository.FromExample("pr-data-gate");

        var result = tool.Run(repo.Path, "validate", "-c", "finetune.yaml", "--report-dir", "out");

        Assert.True(result.ExitCode == 0, result.Describe());
        using var report = ReadReport(repo.Combine("out", "report.json"));
        Assert.Equal("pass", report.RootElement.GetProperty("verdict").GetString());
        var datasets = report.RootElement.GetProperty("datasets");
        Assert.Equal(50, datasets.GetProperty("train").GetProperty("examples").GetInt32());
        Assert.Equal(15, datasets.GetProperty("eval").GetProperty("examples").GetInt32());
        Assert.True(File.Exists(repo.Combine("out", "summary.md")), "summary.md missing beside report.json");
    }

    [Theory]
    [InlineData("pr-data-gate")]
    [InlineData("scheduled-retrain")]
    [InlineData("deployment-gate")]
    [InlineData("lora-gpu")]
    public void Every_example_repository_passes_validate_as_it_ships(string example)
    {
        using var repo = SampleRepository.FromExample(example);

        var result = tool.Run(repo.Path, "validate", "-c", "finetune.yaml", "--report-dir", "out");

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public void Validate_on_invalid_data_exits_1_with_errors_on_the_broken_lines()
    {
        using var repo = SampleRepository.FromTestData("invalid-data");

        var result = tool.Run(repo.Path, "validate", "-c", "finetune.yaml", "--report-dir", "out");

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.DoesNotContain("   at ", result.StdOut + result.StdErr, StringComparison.Ordinal);
        using var report = ReadReport(repo.Combine("out", "report.json"));
        Assert.Equal("fail", report.RootElement.GetProperty("verdict").GetString());
        var errorLines = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => string.Equals(d.GetProperty("severity").GetString(), "error", StringComparison.OrdinalIgnoreCase))
            .Where(d => d.GetProperty("file").GetString()!.EndsWith("train.jsonl", StringComparison.Ordinal))
            .Select(d => d.GetProperty("line").GetInt32())
            .ToHashSet();
        Assert.Contains(3, errorLines);
        Assert.Contains(5, errorLines);
    }

    [Fact]
    public void Cost_inside_GitHub_Actions_sets_the_outputs_the_action_exposes()
    {
        using var repo = SampleRepository.FromExample("pr-data-gate");
        var outputFile = repo.Combine("github-output.txt");
        var summaryFile = repo.Combine("step-summary.md");

        var result = tool.Run(repo.Path, GitHubEnvironment(repo.Path, outputFile, summaryFile), "cost", "-c", "finetune.yaml", "--report-dir", "out");

        Assert.True(result.ExitCode == 0, result.Describe());
        var outputs = GitHubOutputFile.Parse(File.ReadAllText(outputFile));
        Assert.Equal("pass", outputs["verdict"]);
        Assert.Equal(50, int.Parse(outputs["examples"], CultureInfo.InvariantCulture));
        Assert.True(long.Parse(outputs["billing-tokens"], CultureInfo.InvariantCulture) > 0, "billing-tokens should be positive");
        Assert.True(decimal.Parse(outputs["estimated-usd"], NumberStyles.Number, CultureInfo.InvariantCulture) > 0m, "estimated-usd should be positive");
        Assert.EndsWith("out", outputs["report-dir"].TrimEnd('/', '\\'), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(File.ReadAllText(summaryFile)), "the job summary is empty");
    }

    [Fact]
    public void Invalid_data_inside_GitHub_Actions_becomes_error_annotations_on_the_lines()
    {
        using var repo = SampleRepository.FromTestData("invalid-data");
        var outputFile = repo.Combine("github-output.txt");
        var summaryFile = repo.Combine("step-summary.md");

        var result = tool.Run(repo.Path, GitHubEnvironment(repo.Path, outputFile, summaryFile), "validate", "-c", "finetune.yaml", "--report-dir", "out");

        Assert.True(result.ExitCode == 1, result.Describe());
        var annotations = result.StdOut.Split('\n').Where(l => l.StartsWith("::error ", StringComparison.Ordinal)).ToList();
        Assert.Contains(annotations, a => a.Contains("train.jsonl", StringComparison.Ordinal) && a.Contains("line=3", StringComparison.Ordinal));
        Assert.Contains(annotations, a => a.Contains("train.jsonl", StringComparison.Ordinal) && a.Contains("line=5", StringComparison.Ordinal));
        Assert.Equal("fail", GitHubOutputFile.Parse(File.ReadAllText(outputFile))["verdict"]);
    }

    [Fact]
    public void Annotations_point_at_the_file_relative_to_the_workspace_when_run_in_a_subfolder()
    {
        // The action's working-directory input: finetune runs in a subfolder of the checkout, and
        // GitHub needs paths relative to the checkout (GITHUB_WORKSPACE) to place annotations.
        using var repo = SampleRepository.FromTestData("invalid-data");
        var environment = GitHubEnvironment(repo.Path, repo.Combine("github-output.txt"), repo.Combine("step-summary.md"));
        environment["GITHUB_WORKSPACE"] = Path.GetDirectoryName(repo.Path);

        var result = tool.Run(repo.Path, environment, "validate", "-c", "finetune.yaml", "--report-dir", "out");

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains($"::error file={Path.GetFileName(repo.Path)}/data/train.jsonl,line=3,", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void The_api_key_from_the_environment_appears_in_no_output_report_or_summary()
    {
        using var repo = SampleRepository.FromExample("pr-data-gate");
        var outputFile = repo.Combine("github-output.txt");
        var summaryFile = repo.Combine("step-summary.md");
        var environment = GitHubEnvironment(repo.Path, outputFile, summaryFile);
        environment["OPENAI_API_KEY"] = FakeApiKey;

        var result = tool.Run(repo.Path, environment, "cost", "-c", "finetune.yaml", "--report-dir", "out");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.DoesNotContain(FakeApiKey, result.StdOut + result.StdErr, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(repo.Path, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(FakeApiKey, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string?> GitHubEnvironment(string workspace, string outputFile, string summaryFile)
    {
        File.WriteAllText(outputFile, string.Empty);
        File.WriteAllText(summaryFile, string.Empty);
        return new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["CI"] = "true",
            ["GITHUB_WORKSPACE"] = workspace,
            ["GITHUB_OUTPUT"] = outputFile,
            ["GITHUB_STEP_SUMMARY"] = summaryFile,
        };
    }

    private static JsonDocument ReadReport(string path)
    {
        Assert.True(File.Exists(path), $"{path} was not written");
        return JsonDocument.Parse(File.ReadAllText(path));
    }
}
