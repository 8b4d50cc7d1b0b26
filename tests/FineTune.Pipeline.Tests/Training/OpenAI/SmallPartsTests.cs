using FineTune.Pipeline.Config;
using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Training;
using FineTune.Pipeline.Training.OpenAI;

namespace FineTune.Pipeline.Tests.Training.OpenAI;

public sealed class SmallPartsTests
{
    [Fact]
    public void The_result_file_csv_gives_the_loss_curve_with_validation_loss_when_present()
    {
        var points = ResultFileCsv.Parse("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n1,2.5,0.1,,\n2,1.25,0.2,1.5,0.3\nbad,row\n");

        Assert.Equal([new LossPoint(1, 2.5, null), new LossPoint(2, 1.25, 1.5)], points);
        Assert.Empty(ResultFileCsv.Parse("no header here"));
    }

    [Fact]
    public void The_scrubber_removes_every_occurrence_of_every_secret()
    {
        var scrubber = new SecretScrubber("sk-abc-123456", null, "x");

        Assert.Equal("key *** and *** again, x stays", scrubber.Scrub("key sk-abc-123456 and sk-abc-123456 again, x stays"));
    }

    [Theory]
    [InlineData(null, null, "https://api.openai.com/v1")]
    [InlineData(null, "http://localhost:8089/v1/", "http://localhost:8089/v1")]
    [InlineData("https://my.azure.example/openai/v1", "http://ignored/v1", "https://my.azure.example/openai/v1")]
    public void The_endpoint_comes_from_the_yaml_then_OPENAI_BASE_URL_then_openai(string? configured, string? variable, string expected)
    {
        var env = new Dictionary<string, string?> { ["OPENAI_BASE_URL"] = variable, ["OPENAI_API_KEY"] = "k-1234" };

        var endpoint = OpenAIEndpoint.Resolve(new OpenAIConfig { BaseUrl = configured }, n => env.GetValueOrDefault(n));

        Assert.Equal(expected, endpoint.Display);
    }

    [Fact]
    public void Credentials_in_the_url_are_never_displayed_and_a_bad_url_is_a_configuration_error()
    {
        var endpoint = OpenAIEndpoint.Resolve(new OpenAIConfig { BaseUrl = "https://user:pa55@host.example/v1" }, _ => "key-1234");
        var bad = Assert.Throws<TrainingException>(() => OpenAIEndpoint.Resolve(new OpenAIConfig { BaseUrl = "ftp://x" }, _ => "key-1234"));

        Assert.Equal("https://host.example/v1", endpoint.Display);
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public void The_state_file_is_written_whole_and_read_back_and_garbage_reads_as_no_state()
    {
        var directory = Directory.CreateTempSubdirectory("state-").FullName;
        var store = new TrainingStateStore(directory, new InstantTimeProvider());
        var state = new TrainingState { Provider = "openai", BaseUrl = "http://x/v1", Identity = "abc", JobId = "ftjob-1", TrainingFile = new UploadedFile("file-1", "ff", 3, "t.ff.jsonl") };

        store.Save(state);
        var loaded = store.Load();
        File.WriteAllText(store.Path, "{ half");

        Assert.Equal("ftjob-1", loaded!.JobId);
        Assert.Equal("file-1", loaded.TrainingFile!.Id);
        Assert.Single(Directory.GetFiles(directory));
        Assert.Null(store.Load());
        Directory.Delete(directory, true);
    }

    [Fact]
    public void Thinning_keeps_the_first_and_last_points_and_at_most_the_maximum()
    {
        var points = Enumerable.Range(1, 1000).Select(i => new LossPoint(i, 1.0 / i, null)).ToList();

        var thin = TrainingReport.Thin(points, 60);

        Assert.Equal(60, thin.Count);
        Assert.Equal(1, thin[0].Step);
        Assert.Equal(1000, thin[^1].Step);
    }

    [Theory]
    [InlineData("queued", 0, null, null, "  [queued]")]
    [InlineData("running", 32, 96, 0.78874, "  [running] step 32/96 (33%), train loss 0.789")]
    [InlineData("running", 5, null, null, "  [running] step 5")]
    public void Progress_lines_show_status_step_share_and_loss(string status, int step, int? total, double? loss, string expected) =>
        Assert.Equal(expected, ConsoleTrainingLog.Format(new TrainingProgress(status, step, total, loss)));
}
