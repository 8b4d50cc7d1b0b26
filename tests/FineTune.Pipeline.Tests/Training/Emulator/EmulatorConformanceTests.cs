using System.Text.Json.Nodes;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.Emulator;

/// <summary>Every kind of response the emulator sends is checked against the official OpenAPI spec's schema for it.</summary>
public sealed class EmulatorConformanceTests
{
    [SpecFact]
    public async Task File_responses_follow_the_spec()
    {
        await using var env = await TestEmulator.StartAsync();
        var http = env.Http;
        var (_, uploaded) = await http.UploadAsync("train.jsonl", TrainingData.Chat());
        var id = (string)JsonNode.Parse(uploaded)!["id"]!;

        AssertConforms("OpenAIFile", uploaded);
        AssertConforms("OpenAIFile", (await http.GetAsync($"files/{id}")).Body);
        AssertConforms("ListFilesResponse", (await http.GetAsync("files?purpose=fine-tune")).Body);
        AssertConforms("DeleteFileResponse", (await http.DeleteAsync($"files/{id}")).Body);
    }

    [SpecFact]
    public async Task Job_responses_follow_the_spec_through_the_whole_lifecycle()
    {
        await using var env = await TestEmulator.StartAsync();
        var http = env.Http;
        var file = await http.UploadIdAsync(TrainingData.Chat());
        var validation = await http.UploadIdAsync(TrainingData.Chat(3), "valid.jsonl");
        var (_, created) = await http.PostAsync("fine_tuning/jobs", new
        {
            model = "gpt-4o-mini",
            training_file = file,
            validation_file = validation,
            suffix = "spec",
            seed = 7,
            metadata = new { dataset_sha256 = "abc" },
            method = new { type = "supervised", supervised = new { hyperparameters = new { n_epochs = 3, batch_size = "auto", learning_rate_multiplier = 0.5 } } },
        });
        AssertConforms("FineTuningJob", created);
        var id = (string)JsonNode.Parse(created)!["id"]!;

        for (var status = string.Empty; status != "succeeded";)
        {
            var (_, body) = await http.GetAsync($"fine_tuning/jobs/{id}");
            AssertConforms("FineTuningJob", body);
            status = (string)JsonNode.Parse(body)!["status"]!;
        }

        AssertConforms("ListPaginatedFineTuningJobsResponse", (await http.GetAsync("fine_tuning/jobs?metadata[dataset_sha256]=abc")).Body);
        AssertConforms("ListFineTuningJobEventsResponse", (await http.GetAsync($"fine_tuning/jobs/{id}/events?limit=100")).Body);
        AssertConforms("ListFineTuningJobCheckpointsResponse", (await http.GetAsync($"fine_tuning/jobs/{id}/checkpoints")).Body);
    }

    [SpecFact]
    public async Task Failed_and_cancelled_jobs_follow_the_spec()
    {
        await using var env = await TestEmulator.StartAsync();
        var http = env.Http;
        var bad = await http.UploadIdAsync(TrainingData.Chat(3));
        var failed = await http.PollUntilAsync(await http.CreateJobIdAsync(bad), "failed");
        AssertConforms("FineTuningJob", failed.ToJsonString());

        var good = await http.UploadIdAsync(TrainingData.Chat());
        var (_, cancelled) = await http.PostAsync($"fine_tuning/jobs/{await http.CreateJobIdAsync(good)}/cancel");
        AssertConforms("FineTuningJob", cancelled);
    }

    [SpecFact]
    public async Task Model_and_chat_responses_follow_the_spec()
    {
        await using var env = await TestEmulator.StartAsync();
        var http = env.Http;
        var file = await http.UploadIdAsync(TrainingData.Chat());
        var job = await http.PollUntilAsync(await http.CreateJobIdAsync(file), "succeeded");

        AssertConforms("ListModelsResponse", (await http.GetAsync("models")).Body);
        AssertConforms("Model", (await http.GetAsync("models/gpt-4.1-nano-2025-04-14")).Body);
        AssertConforms("Model", (await http.GetAsync($"models/{job["fine_tuned_model"]}")).Body);
        foreach (var model in new[] { "gpt-4o-mini", (string)job["fine_tuned_model"]! })
        {
            var (_, chat) = await http.PostAsync("chat/completions", new { model, messages = new[] { new { role = "user", content = "What is the capital of Italy?" } } });
            AssertConforms("CreateChatCompletionResponse", chat);
        }
    }

    [SpecFact]
    public async Task Errors_and_injected_faults_follow_the_spec()
    {
        await using var env = await TestEmulator.StartAsync();
        var http = env.Http;
        env.Server.Faults.Inject(EmulatorRoutes.ListModels, Fault.RateLimit(), times: 1);
        env.Server.Faults.Inject(EmulatorRoutes.ListModels, Fault.InsufficientQuota(), times: 1);
        env.Server.Faults.Inject(EmulatorRoutes.ListModels, Fault.ServerError(503), times: 1);
        env.Server.Faults.Inject(EmulatorRoutes.ListModels, Fault.Forbidden(), times: 1);

        for (var i = 0; i < 4; i++)
        {
            var (status, body) = await http.GetAsync("models");
            Assert.True(status >= 400, body);
            AssertConforms("ErrorResponse", body);
        }

        AssertConforms("ErrorResponse", (await http.GetAsync("files/file-missing")).Body);
        AssertConforms("ErrorResponse", (await http.PostAsync("fine_tuning/jobs", new { model = "gpt-9", training_file = "x" })).Body);
        using var stranger = new EmulatorHttp(env.Server.BaseUrl, apiKey: string.Empty);
        AssertConforms("ErrorResponse", (await stranger.GetAsync("models")).Body);
    }

    [SpecFact]
    public void The_schema_check_rejects_invented_fields_missing_fields_and_wrong_types()
    {
        const string File = """{"id":"file-1","object":"file","bytes":3,"created_at":1,"filename":"a","purpose":"fine-tune","status":"processed"}""";
        Assert.Empty(OpenApiSpec.Check("OpenAIFile", File));

        Assert.NotEmpty(OpenApiSpec.Check("OpenAIFile", File.Replace("}", ""","sha256":"x"}""", StringComparison.Ordinal)));
        Assert.NotEmpty(OpenApiSpec.Check("OpenAIFile", File.Replace(""","status":"processed" """.Trim(), "", StringComparison.Ordinal)));
        Assert.NotEmpty(OpenApiSpec.Check("OpenAIFile", File.Replace("\"bytes\":3", "\"bytes\":\"3\"", StringComparison.Ordinal)));
        Assert.NotEmpty(OpenApiSpec.Check("Model", """{"id":"m","object":"model","created":1,"owned_by":"x","shutdown_date":"soon"}"""));
    }

    private static void AssertConforms(string schema, string json)
    {
        var errors = OpenApiSpec.Check(schema, json);
        Assert.True(errors.Count == 0, $"{string.Join("\n", errors)}\n{json}");
    }
}
