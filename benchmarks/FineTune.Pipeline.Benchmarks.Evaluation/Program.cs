using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation;
using FineTune.Pipeline.Benchmarks.Evaluation;
using FineTune.Pipeline.Evaluation.Models;
using OpenAI.Emulator;

// Evaluation throughput: N items × (baseline + candidate + a judge for each answer) against the OpenAI
// emulator (Kestrel) with a fixed latency per call, at a fixed concurrency. Reports wall time against the
// ideal (calls × latency ÷ concurrency) and the time of a second run served from the cache.
// Usage: dotnet run -c Release -- [items=500] [latency_ms=50] [concurrency=16] [emulator|memory]
// "memory" replaces the emulator and the SDK by an in-process model with the same latency, to separate
// the pipeline's own overhead from the HTTP stack's.
var items = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var latencyMs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16;
var inMemory = args.Length > 3 && args[3] == "memory";

var dir = Directory.CreateTempSubdirectory("ft-eval-bench").FullName;
string Line(string q, string a) => new JsonObject
{
    ["messages"] = new JsonArray(
        new JsonObject { ["role"] = "user", ["content"] = q },
        new JsonObject { ["role"] = "assistant", ["content"] = a }),
}.ToJsonString();
File.WriteAllLines(Path.Combine(dir, "eval.jsonl"), Enumerable.Range(0, items).Select(k => Line($"Question {k}: what is {k} squared?", $"{k * k}")));
File.WriteAllLines(Path.Combine(dir, "train.jsonl"), Enumerable.Range(0, 10).Select(k => Line($"What is {k} plus {k}?", $"{k + k}")));

const string Key = "sk-benchmark";
await using var emulator = new OpenAIEmulator(new EmulatorOptions { ApiKey = Key, RunningTicks = 1 });
await emulator.StartAsync();

// The candidate is trained on the eval answers (the emulator's fine-tuned models answer from their training
// data); the judge is "trained" to always reply in the judge's format; the baseline is the base model.
var evalLines = File.ReadAllLines(Path.Combine(dir, "eval.jsonl"));
var candidate = inMemory ? "candidate" : await EmulatorModels.TrainAsync(emulator, Key, "candidate", evalLines);
var judge = inMemory ? "judge" : await EmulatorModels.TrainAsync(emulator, Key, "judge", Enumerable.Range(0, 10).Select(_ =>
    Line("CONVERSATION REFERENCE ANSWER", "Reasoning: the answer says what the reference says.\nScore: 5")));
var baseline = inMemory ? "baseline" : "gpt-4o-mini-2024-07-18";
emulator.Requests.Clear();
emulator.Faults.Inject("POST /v1/chat/completions", Fault.Slow(TimeSpan.FromMilliseconds(latencyMs)));

string Reply(string model, IReadOnlyList<ChatMessage> messages)
{
    if (model == "judge")
    {
        return "Reasoning: matches.\nScore: 5";
    }

    var question = messages[^1].Content;
    var k = int.Parse(question.Split(' ')[1].TrimEnd(':'), CultureInfo.InvariantCulture);
    return model == "candidate" || k % 2 == 0 ? (k * k).ToString(CultureInfo.InvariantCulture) : "I do not know";
}

var memoryCalls = 0;
Func<string, Uri, string, IChatModel>? memoryFactory = !inMemory ? null : (model, _, _) => new DelayedModel(model, TimeSpan.FromMilliseconds(latencyMs), m =>
{
    Interlocked.Increment(ref memoryCalls);
    return Reply(model, m);
});
int Calls() => inMemory ? Volatile.Read(ref memoryCalls) : emulator.Requests.For("POST /v1/chat/completions").Count;

var settings = PipelineSettings.Resolve(new FineTuneConfig
{
    BaseDirectory = dir,
    Data = new DataConfig { Train = "train.jsonl", Eval = "eval.jsonl" },
    OpenAI = new OpenAIConfig { BaseUrl = emulator.BaseUrl, ApiKeyEnv = "BENCHMARK_OPENAI_KEY" },
    Evaluate = new EvaluateConfig
    {
        Model = candidate,
        Baseline = baseline,
        MaxExamples = items,
        Concurrency = concurrency,
        CacheDir = "cache",
        Scorers = [new ScorerConfig { Type = "judge" }, new ScorerConfig { Type = "exact_match" }],
        JudgeModel = judge,
        Margin = 0.05,
    },
});
var request = new EvaluationRequest { Environment = new Dictionary<string, string> { ["BENCHMARK_OPENAI_KEY"] = Key }, ModelFactory = memoryFactory };

// Warm up the HTTP stack and the JIT on a throw-away cache folder so that the first timed run measures throughput.
await EvaluationPipeline.RunAsync(settings with { Config = settings.Config with { Evaluate = settings.Config.Evaluate with { CacheDir = "warmup", MaxExamples = 16 } } }, request);
var warmupRequests = Calls();

var clock = Stopwatch.StartNew();
var first = await EvaluationPipeline.RunAsync(settings, request);
var firstSeconds = clock.Elapsed.TotalSeconds;
var calls = Calls() - warmupRequests;

clock.Restart();
var second = await EvaluationPipeline.RunAsync(settings, request);
var secondSeconds = clock.Elapsed.TotalSeconds;
var secondCalls = Calls() - warmupRequests - calls;

var ideal = calls * latencyMs / 1000.0 / concurrency;
var ratio = firstSeconds / ideal;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    | measure | value |
    |---|---:|
    | items | {items} |
    | calls (baseline + candidate + judge) | {calls} |
    | transport | {(inMemory ? "in-process model (no HTTP)" : "OpenAI emulator (Kestrel) + OpenAI SDK")} |
    | latency per call | {latencyMs} ms |
    | concurrency | {concurrency} (peak in flight {first.Outcome!.Execution!.PeakConcurrency}) |
    | ideal wall time (calls × latency ÷ concurrency) | {ideal:0.00} s |
    | first run | {firstSeconds:0.00} s ({ratio:0.00}× ideal; target ≤ 1.30×) |
    | second run, from cache | {secondSeconds:0.00} s with {secondCalls} calls (target < 2 s, 0 calls) |
    | verdict | {first.Outcome.Decision.VerdictName} / {second.Outcome!.Decision.VerdictName} |
    """));

Directory.Delete(dir, recursive: true);
return ratio <= 1.3 && secondSeconds < 2 && secondCalls == 0 ? 0 : 1;

/// <summary>An in-process model that answers after a fixed delay.</summary>
internal sealed class DelayedModel(string name, TimeSpan latency, Func<IReadOnlyList<ChatMessage>, string> reply) : IChatModel
{
    public string Name { get; } = name;

    public string Endpoint => "memory://benchmark";

    public async Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
    {
        await Task.Delay(latency, cancellationToken);
        return new ChatResult(reply(messages), 20, 5);
    }
}
