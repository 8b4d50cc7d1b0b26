using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Benchmarks.Evaluation;

/// <summary>Trains fine-tuned models on the emulator through its HTTP API (upload, create job, poll to success).</summary>
internal static class EmulatorModels
{
    public static async Task<string> TrainAsync(OpenAIEmulator emulator, string key, string suffix, IEnumerable<string> jsonlLines)
    {
        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl.TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("fine-tune"), "purpose" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\n", jsonlLines) + "\n")), "file", $"{suffix}.jsonl" },
        };
        var file = JsonNode.Parse(await (await http.PostAsync("files", form)).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        var body = new JsonObject { ["model"] = "gpt-4o-mini-2024-07-18", ["training_file"] = (string)file["id"]!, ["suffix"] = suffix };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var job = JsonNode.Parse(await (await http.PostAsync("fine_tuning/jobs", content)).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        for (var poll = 0; poll < 100; poll++)
        {
            job = JsonNode.Parse(await http.GetStringAsync($"fine_tuning/jobs/{(string)job["id"]!}"))!;
            if ((string?)job["fine_tuned_model"] is { Length: > 0 } model)
            {
                return model;
            }
        }

        throw new InvalidOperationException($"The emulator job for {suffix} did not finish: {job.ToJsonString()}");
    }
}
