using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace FineTune.Pipeline.Tests.Training.Emulator;

/// <summary>A raw HTTP client for the emulator: tests see exactly the bytes a client would.</summary>
internal sealed class EmulatorHttp : IDisposable
{
    private readonly HttpClient _http;

    public EmulatorHttp(string baseUrl, string apiKey = "sk-test")
    {
        _http = new HttpClient { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/") };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(int Status, string Body)> PostAsync(string path, object? json = null)
    {
        using var content = new StringContent(json is null ? "{}" : System.Text.Json.JsonSerializer.Serialize(json), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(int Status, string Body)> DeleteAsync(string path)
    {
        using var response = await _http.DeleteAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(int Status, string Body)> UploadAsync(string filename, string content, string purpose = "fine-tune")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(purpose), "purpose" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", filename },
        };
        using var response = await _http.PostAsync(new Uri("files", UriKind.Relative), form);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Uploads <paramref name="content"/> and returns the file id.</summary>
    public async Task<string> UploadIdAsync(string content, string filename = "train.jsonl")
    {
        var (status, body) = await UploadAsync(filename, content);
        Assert.Equal(200, status);
        return (string)JsonNode.Parse(body)!["id"]!;
    }

    /// <summary>Creates a job on <paramref name="fileId"/> and returns its id.</summary>
    public async Task<string> CreateJobIdAsync(string fileId, object? extra = null)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra ?? new { }))!.AsObject();
        body["model"] ??= "gpt-4o-mini";
        body["training_file"] = fileId;
        var (status, text) = await PostAsync("fine_tuning/jobs", body);
        Assert.True(status == 200, text);
        return (string)JsonNode.Parse(text)!["id"]!;
    }

    /// <summary>Polls the job until it reaches <paramref name="status"/> (each poll is a tick in ByPolls mode).</summary>
    public async Task<JsonObject> PollUntilAsync(string jobId, params string[] statuses)
    {
        for (var i = 0; i < 100; i++)
        {
            var (_, body) = await GetAsync($"fine_tuning/jobs/{jobId}");
            var job = JsonNode.Parse(body)!.AsObject();
            if (statuses.Contains((string)job["status"]!))
            {
                return job;
            }
        }

        throw new Xunit.Sdk.XunitException($"Job {jobId} never reached {string.Join("/", statuses)}.");
    }

    public void Dispose() => _http.Dispose();
}
