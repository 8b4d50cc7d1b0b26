using System.Diagnostics;
using System.Globalization;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Inference;
using FineTune.Pipeline.Lora.Model;
using FineTune.Pipeline.Lora.Native;

// Generation throughput on a generated tiny Llama: the same N prompts (different lengths), greedy, a fixed number of
// new tokens each (no stop ids), generated one at a time, as one batch (TextGenerator), and by N concurrent callers of
// LocalChatModel (micro-batcher). Prints new tokens per second and the batched/sequential ratio.
// Usage: bash benchmarks/lora-generation.sh [rows=8] [new_tokens=64] [hidden=64] [layers=2] [repeats=5]
var rows = Arg(0, 8);
var newTokens = Arg(1, 64);
var hidden = Arg(2, 64);
var layers = Arg(3, 2);
var repeats = Arg(4, 5);

TorchSharpLoader.EnsureLoaded();
var folder = Directory.CreateTempSubdirectory("ft-gen-bench").FullName;
LoraModelGenerator.Generate(folder, new TinyModelSpec { Seed = 7, HiddenSize = hidden, IntermediateSize = hidden * 2, Layers = layers });
using var tokenizer = new HfTokenizer(folder);
using var model = CausalLM.Load(folder, lora: null);
var encoder = new ChatEncoder(tokenizer);
var options = SamplingOptions.Greedy with { MaxNewTokens = newTokens };
var conversations = Enumerable.Range(0, rows)
    .Select(i => (IReadOnlyList<ChatMessage>)[new ChatMessage("user", $"Question {i}: {string.Concat(Enumerable.Repeat("tell me more ", 1 + (i % 5)))}?")])
    .ToList();
var requests = conversations.Select(c => new GenerationRequest(encoder.Prompt(c), options)).ToList();
var noStop = new HashSet<int>();

// Best of several runs after a warm-up (JIT, allocator): the machine may be shared, the best run is the least disturbed.
double Measure(string name, Func<int> run)
{
    run();
    var (tokens, best) = (0, double.MaxValue);
    for (var i = 0; i < repeats; i++)
    {
        var clock = Stopwatch.StartNew();
        tokens = run();
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }

    var rate = tokens / best;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {tokens,6} tokens in {best,7:F3} s = {rate,9:F0} tokens/s (best of {repeats})"));
    return rate;
}

// Everything runs on one worker thread, as LocalChatModel's callers do: libtorch's intra-op threading differs
// between the process's main thread and others, which would skew the comparison.
var worker = new Thread(() =>
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tiny llama hidden {hidden}, {layers} layers; {rows} prompts of {requests.Min(r => r.Prompt.Count)}-{requests.Max(r => r.Prompt.Count)} tokens, {newTokens} new tokens each, greedy, {Environment.ProcessorCount} cores"));
    var sequential = Measure("sequential (one at a time)", () => requests.Sum(r => TextGenerator.Generate(model, r.Prompt, noStop, r.Options).Tokens.Count));
    var batched = Measure($"batched (TextGenerator, {rows} rows)", () => TextGenerator.Generate(model, requests, noStop).Sum(r => r.Tokens.Count));

    // LocalChatModel stops on end of turn: an untrained model may stop early, so count what it generated.
    var chat = LocalChatModel.Create(model, tokenizer, adapter: false, "base", new BatchingOptions { MaxBatch = rows, Window = TimeSpan.FromMilliseconds(20) });
    var concurrent = Measure($"LocalChatModel, {rows} callers", () =>
    {
        var counts = new int[rows];
        var threads = Enumerable.Range(0, rows).Select(i => new Thread(() => counts[i] = chat.Complete(conversations[i], options).CompletionTokens)).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return counts.Sum();
    });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batched / sequential: {batched / sequential:F2}x; LocalChatModel / sequential: {concurrent / sequential:F2}x; batch sizes {string.Join(",", chat.BatchSizes)}"));
});
worker.Start();
worker.Join();
Directory.Delete(folder, recursive: true);

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
