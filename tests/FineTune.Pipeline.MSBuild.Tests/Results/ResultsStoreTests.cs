using System.Text.Json;
using FineTune.Pipeline.MSBuild.Results;
using FineTune.Pipeline.MSBuild.Tests.Fakes;

namespace FineTune.Pipeline.MSBuild.Tests.Results;

public sealed class ResultsStoreTests
{
    [Fact]
    public void Results_read_back_as_they_were_written()
    {
        using var dir = new TempDirectory();
        var path = dir.File("obj/Debug/net10.0/finetune.validate.json");
        var written = SampleResults.Create(eval: new DatasetResults { Path = "data/eval.jsonl", Sha256 = "cd34", Examples = 12 });

        ResultsStore.Write(path, written);

        Assert.Equal(written, ResultsStore.Read(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void The_file_uses_snake_case_keys()
    {
        using var dir = new TempDirectory();
        var path = dir.File("results.json");

        ResultsStore.Write(path, SampleResults.Create());

        var text = File.ReadAllText(path);
        Assert.Contains("\"billing_tokens\": 45210", text, StringComparison.Ordinal);
        Assert.Contains("\"estimated_usd\": 0.40689", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_reads_as_no_results()
    {
        using var dir = new TempDirectory();

        Assert.Null(ResultsStore.Read(dir.File("absent.json")));
    }

    [Fact]
    public void A_file_of_another_format_version_reads_as_no_results()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("results.json", "{\"version\": 999, \"results\": null}");

        Assert.Null(ResultsStore.Read(path));
    }

    [Fact]
    public void A_corrupt_file_is_reported_as_a_json_error()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("results.json", "{\"version\": 1, \"results\": {");

        Assert.ThrowsAny<JsonException>(() => ResultsStore.Read(path));
    }

    [Fact]
    public void The_training_figures_convert_back_for_the_cost_estimate()
    {
        var summary = SampleResults.Create().Train.ToSummary("train");

        Assert.Equal(("train", 120, 45_210L, 46_000L), (summary.Role, summary.Examples, summary.Tokens.Billing, summary.Tokens.Total));
    }
}
