using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Evaluation.Fakes;

/// <summary>
/// The OpenAI emulator with models fine-tuned (through its HTTP API) on chosen capitals: a fine-tuned
/// model answers an eval question right exactly when it was trained on that capital (otherwise it answers
/// with the closest capital it knows), and a base model never does. Eval questions are worded differently
/// from the training ones, so answers come from the training data, not from the question.
/// </summary>
internal sealed class CapitalsEmulator : IAsyncDisposable
{
    public const string Key = "sk-emu-EVAL-5d1c0f9a7e";
    public const string KeyVariable = "FINETUNE_EVAL_TEST_KEY";
    public const string BaseModel = "gpt-4o-mini-2024-07-18";

    public static readonly string[] Capitals =
    [
        "France:Paris", "Germany:Berlin", "Italy:Rome", "Spain:Madrid", "Portugal:Lisbon", "Austria:Vienna",
        "Poland:Warsaw", "Greece:Athens", "Sweden:Stockholm", "Norway:Oslo", "Finland:Helsinki", "Ireland:Dublin",
    ];

    private CapitalsEmulator(OpenAIEmulator emulator) => Emulator = emulator;

    public OpenAIEmulator Emulator { get; }

    public Uri BaseUrl => new(Emulator.BaseUrl);

    public int ChatRequests => Emulator.Requests.For("POST /v1/chat/completions").Count;

    public static Dictionary<string, string> Environment() => new(StringComparer.Ordinal) { [KeyVariable] = Key };

    public static async Task<CapitalsEmulator> StartAsync()
    {
        var emulator = new OpenAIEmulator(new EmulatorOptions { ApiKey = Key, RunningTicks = 1, MinExamples = 1 });
        await emulator.StartAsync();
        return new CapitalsEmulator(emulator);
    }

    /// <summary>Eval lines: "Tell me the capital of X, please." → "The capital of X is Y.", tagged by region.</summary>
    public static IEnumerable<string> EvalLines(int count = 12)
        => Capitals.Take(count).Select((pair, i) => Line(
            $"Tell me the capital of {Country(pair)}, please.",
            $"The capital of {Country(pair)} is {City(pair)}.",
            i < 6 ? "west" : "north"));

    /// <summary>Fine-tunes a model on the capitals whose index passes <paramref name="include"/>; returns its id.</summary>
    public async Task<string> TrainAsync(string suffix, Func<int, bool> include)
    {
        var lines = Capitals.Select((pair, i) => (pair, i)).Where(p => include(p.i))
            .Select(p => Line($"What is the capital of {Country(p.pair)}?", $"The capital of {Country(p.pair)} is {City(p.pair)}.", null));
        using var http = new HttpClient { BaseAddress = new Uri(Emulator.BaseUrl.TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("fine-tune"), "purpose" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")), "file", $"{suffix}.jsonl" },
        };
        using var uploaded = await http.PostAsync(new Uri("files", UriKind.Relative), form);
        var file = JsonNode.Parse(await uploaded.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        var body = new JsonObject { ["model"] = BaseModel, ["training_file"] = (string)file["id"]!, ["suffix"] = suffix };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var created = await http.PostAsync(new Uri("fine_tuning/jobs", UriKind.Relative), content);
        var job = JsonNode.Parse(await created.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        for (var poll = 0; poll < 50; poll++)
        {
            job = JsonNode.Parse(await http.GetStringAsync(new Uri($"fine_tuning/jobs/{(string)job["id"]!}", UriKind.Relative)))!;
            if ((string?)job["fine_tuned_model"] is { Length: > 0 } model)
            {
                Emulator.Requests.Clear();
                return model;
            }
        }

        throw new InvalidOperationException($"The emulator job did not finish: {job.ToJsonString()}");
    }

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();

    private static string Country(string pair) => pair.Split(':')[0];

    private static string City(string pair) => pair.Split(':')[1];

    private static string Line(string question, string answer, string? tag)
    {
        var line = new JsonObject
        {
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = "You answer geography questions." },
                new JsonObject { ["role"] = "user", ["content"] = question },
                new JsonObject { ["role"] = "assistant", ["content"] = answer }),
        };
        if (tag is not null)
        {
            line["tags"] = new JsonArray(tag);
        }

        return line.ToJsonString();
    }
}
