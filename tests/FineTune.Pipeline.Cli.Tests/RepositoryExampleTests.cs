namespace FineTune.Pipeline.Cli.Tests;

/// <summary>The repository's own finetune.yaml and Ledgerly dataset: the README's main command must pass offline.</summary>
public sealed class RepositoryExampleTests
{
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FineTune.Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FineTune.Pipeline.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void The_example_dataset_validates_cleanly_and_its_cost_is_within_budget()
    {
        var reports = Directory.CreateTempSubdirectory("finetune-example-").FullName;
        try
        {
            var result = FinetuneProcess.Run(RepositoryRoot(), null, "all", "--report-dir", reports);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Passed: 0 errors", result.Stdout, StringComparison.Ordinal);
            using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "report.json")));
            var root = report.RootElement;
            Assert.Equal(50, root.GetProperty("datasets").GetProperty("train").GetProperty("examples").GetInt32());
            Assert.Equal(15, root.GetProperty("datasets").GetProperty("eval").GetProperty("examples").GetInt32());
            Assert.DoesNotContain(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
            Assert.Equal(3, root.GetProperty("cost").GetProperty("epochs").GetInt32());
            Assert.True(root.GetProperty("cost").GetProperty("within_budget").GetBoolean());
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }
    }
}
