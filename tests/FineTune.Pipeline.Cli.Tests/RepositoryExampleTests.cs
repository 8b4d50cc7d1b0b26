namespace FineTune.Pipeline.Cli.Tests;

/// <summary>
/// The repository's own finetune.yaml and dataset pass the data gate offline with any build of the tool; the whole
/// pipeline (<c>all</c>, with the LoRA backend) is run by FineTune.Pipeline.Lora.Tests' RepositoryPipelineTests.
/// </summary>
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
    public void The_repository_dataset_validates_cleanly_and_self_hosted_training_costs_nothing()
    {
        var reports = Directory.CreateTempSubdirectory("finetune-example-").FullName;
        try
        {
            var result = FinetuneProcess.Run(RepositoryRoot(), null, "cost", "--report-dir", reports);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Passed: 0 errors", result.Stdout, StringComparison.Ordinal);
            using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "report.json")));
            var root = report.RootElement;
            Assert.Equal(50, root.GetProperty("datasets").GetProperty("train").GetProperty("examples").GetInt32());
            Assert.Equal(15, root.GetProperty("datasets").GetProperty("eval").GetProperty("examples").GetInt32());
            Assert.DoesNotContain(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
            Assert.Equal(20, root.GetProperty("cost").GetProperty("epochs").GetInt32());
            Assert.Equal(0m, root.GetProperty("cost").GetProperty("estimated_usd").GetDecimal());
            Assert.True(root.GetProperty("cost").GetProperty("within_budget").GetBoolean());

            // A plain build estimates with o200k and says so once; one built with -p:FineTuneLora=true counts exactly.
            var tokenizer = root.GetProperty("cost").GetProperty("tokenizer").GetString();
            Assert.Equal(tokenizer, root.GetProperty("datasets").GetProperty("train").GetProperty("tokenizer").GetString());
            var estimated = root.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "FT3019").ToList();
            if (tokenizer == "o200k_base (estimate)")
            {
                Assert.Equal("info", Assert.Single(estimated).GetProperty("severity").GetString());
            }
            else
            {
                Assert.Equal("tokenizer.json of models/tiny-llama (llama3 template)", tokenizer);
                Assert.Empty(estimated);
            }

            Assert.Contains("Tokenizer", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }
    }
}
