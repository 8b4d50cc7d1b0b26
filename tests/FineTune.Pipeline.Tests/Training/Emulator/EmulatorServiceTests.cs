using System.Text.Json.Nodes;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.Emulator;

public sealed class EmulatorServiceTests
{
    [Fact]
    public async Task Uploaded_files_can_be_listed_read_back_and_deleted()
    {
        await using var env = await TestEmulator.StartAsync();
        var id = await env.Http.UploadIdAsync("{\"a\":1}\n", "x.jsonl");

        var content = await env.Http.GetAsync($"files/{id}/content");
        var listed = JsonNode.Parse((await env.Http.GetAsync("files?purpose=fine-tune")).Body)!;
        var (deleted, _) = await env.Http.DeleteAsync($"files/{id}");
        var (gone, error) = await env.Http.GetAsync($"files/{id}");

        Assert.Equal("{\"a\":1}\n", content.Body);
        Assert.Equal("x.jsonl", (string)listed["data"]![0]!["filename"]!);
        Assert.Equal(200, deleted);
        Assert.Equal(404, gone);
        Assert.Contains("No such File object", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Models_carry_their_shutdown_dates_and_unknown_models_are_404()
    {
        await using var env = await TestEmulator.StartAsync();

        var nano = JsonNode.Parse((await env.Http.GetAsync("models/gpt-4.1-nano-2025-04-14")).Body)!;
        var (status, _) = await env.Http.GetAsync("models/gpt-9");

        Assert.Equal("2026-10-23", (string)nano["shutdown_date"]!);
        Assert.Equal(404, status);
    }

    [Fact]
    public async Task A_wrong_key_is_rejected_with_invalid_api_key_and_never_echoed_whole()
    {
        await using var env = await TestEmulator.StartAsync(new EmulatorOptions { ApiKey = "sk-right" });
        using var wrong = new EmulatorHttp(env.Server.BaseUrl, "sk-wrong-0123456789");

        var (status, body) = await wrong.GetAsync("models");

        Assert.Equal(401, status);
        Assert.Equal("invalid_api_key", (string)JsonNode.Parse(body)!["error"]!["code"]!);
        Assert.DoesNotContain("sk-wrong-0123456789", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limit_faults_carry_retry_after_and_stop_after_the_given_count()
    {
        await using var env = await TestEmulator.StartAsync();
        var rule = env.Server.Faults.Inject(EmulatorRoutes.ListModels, Fault.RateLimit(TimeSpan.FromSeconds(7)), times: 2, skip: 1);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "k");

        var statuses = new List<int>();
        string? retryAfter = null;
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.GetAsync(new Uri(env.Server.BaseUrl + "/models"));
            statuses.Add((int)response.StatusCode);
            retryAfter ??= response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal([200, 429, 429, 200], statuses);
        Assert.Equal("7", retryAfter);
        Assert.Equal(2, rule.Hits);
        Assert.Equal([200, 429, 429, 200], env.Server.Requests.For(EmulatorRoutes.ListModels).Select(r => r.Status));
    }

    [Fact]
    public async Task A_dropped_connection_surfaces_as_a_transport_error_and_a_slow_one_as_a_delay()
    {
        await using var env = await TestEmulator.StartAsync();
        env.Server.Faults.Inject(EmulatorRoutes.GetModel, Fault.Drop(), times: 1);
        env.Server.Faults.Inject(EmulatorRoutes.ListModels, Fault.Slow(TimeSpan.FromMilliseconds(300)), times: 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => env.Http.GetAsync("models/gpt-4o-mini"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (status, _) = await env.Http.GetAsync("models");

        Assert.Equal(200, status);
        Assert.True(watch.ElapsedMilliseconds >= 250, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task The_request_log_keeps_routes_statuses_and_json_bodies()
    {
        await using var env = await TestEmulator.StartAsync();
        var file = await env.Http.UploadIdAsync(TrainingData.Chat());
        await env.Http.CreateJobIdAsync(file, new { suffix = "logged" });

        var create = env.Server.Requests.For(EmulatorRoutes.CreateJob).Single();

        Assert.Equal(1, env.Server.Requests.Succeeded(EmulatorRoutes.UploadFile));
        Assert.Equal(200, create.Status);
        Assert.Contains("\"suffix\":\"logged\"", create.Body, StringComparison.Ordinal);
        Assert.Null(env.Server.Requests.For(EmulatorRoutes.UploadFile).Single().Body);
    }
}
