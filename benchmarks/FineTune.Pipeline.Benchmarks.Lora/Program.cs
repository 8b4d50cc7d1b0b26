using System.Globalization;
using FineTune.Pipeline.Benchmarks.Lora;
using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Native;

// LoRA training throughput and model FLOP utilisation (issue 6), TorchSharp against PyTorch eager, in one run.
// Usage (from the repository root; benchmarks/lora.sh does this):
//   dotnet <dll> [--warmup 2] [--steps 5] [--rounds 3] [--threads 2,1] [--reference-threads 1,2|none] [--python /usr/bin/python3] [--dropout 0.05]
// Each round measures the TorchSharp matmul peak, trains ours, then the PyTorch reference with each reference thread
// count; ratios are formed within a round (the machine may be shared), and the summary gives their median over rounds.
var options = Arguments.Parse(args);
TorchSharpLoader.EnsureLoaded();
var root = FindRoot();
var shape = new BenchmarkShape { Dropout = options.Dropout };
var modelDir = Path.Combine(root, "benchmarks", "data", "lora-bench-model");
if (!File.Exists(Path.Combine(modelDir, "model.safetensors")))
{
    Console.WriteLine($"generating the benchmark model in {modelDir}");
    LoraModelGenerator.Generate(modelDir, shape.Spec);
}

var script = Path.Combine(root, "benchmarks", "lora_reference.py");
var flops = shape.StepFlops();
Console.WriteLine(Invariant($"model: hidden {shape.Hidden}, {shape.Layers} layers, {shape.Heads} heads / {shape.KeyValueHeads} KV, intermediate {shape.Intermediate}, vocab {shape.Vocab}; batch {shape.Batch} x seq {shape.Sequence}; LoRA r={shape.Rank} alpha {shape.Alpha} dropout {shape.Dropout} on {string.Join('/', shape.Targets)}, fp32"));
Console.WriteLine(Invariant($"matmul FLOPs per step (forward + backward): {flops / 1e9:F1} G; {options.Warmup} warm-up + {options.Steps} timed steps; {options.Rounds} rounds; threads: TorchSharp {string.Join('/', options.Threads)}, PyTorch {string.Join('/', options.ReferenceThreads)}"));
Console.WriteLine($"TorchSharp loader: {TorchSharpLoader.State}; {TorchSharpLoader.MklState}");
Console.WriteLine("MFU = training FLOP/s over TorchSharp's 2048^3 matmul FLOP/s at the same thread count, measured in each round; 'cpu' columns divide by process CPU seconds instead of wall seconds");
Console.WriteLine();
Console.WriteLine("round  run            s/step   tok/s    MFU  cpu-s/step  tok/cpu-s  MFU(cpu)  matmul GF/s (wall/cpu)");

var rounds = new List<RoundResult>();
var none = (Threads: 0, Step: new Timing(double.NaN, double.NaN));
var noPeak = new Timing(double.NaN, double.NaN);
for (var round = 1; round <= options.Rounds; round++)
{
    // The peak is measured before and after the training runs and the better kept: a peak caught while another process
    // holds a core would flatter the MFU.
    var threadCounts = options.Threads.Concat(options.ReferenceThreads).Distinct().ToList();
    var before = threadCounts.ToDictionary(t => t, t => TorchSharpRun.MatmulFlops(t));
    var ours = new List<(int Threads, Timing Step)>();
    var growth = new List<long>();
    foreach (var threads in options.Threads)
    {
        var (steps, rss) = TorchSharpRun.Run(modelDir, shape, threads, options.Warmup, options.Steps);
        (ours, growth) = ([.. ours, (threads, Timing.Median(steps))], [.. growth, rss]);
    }

    var (references, openBlas) = (new List<(int Threads, Timing Step)>(), new Dictionary<int, double>());
    foreach (var threads in options.ReferenceThreads)
    {
        var (steps, matmul) = ReferenceRun.Run(options.Python, script, modelDir, shape, threads, options.Warmup, options.Steps);
        references.Add((threads, Timing.Median(steps)));
        openBlas[threads] = matmul;
    }

    var peaks = threadCounts.ToDictionary(t => t, t => Timing.Max(before[t], TorchSharpRun.MatmulFlops(t)));
    foreach (var (threads, step) in ours)
    {
        Row(round, $"TorchSharp t{threads}", step, peaks[threads], Invariant($"{peaks[threads].Wall / 1e9:F0}/{peaks[threads].Cpu / 1e9:F0}"));
    }

    foreach (var (threads, step) in references)
    {
        Row(round, $"PyTorch t{threads}", step, peaks[threads], Invariant($"{openBlas[threads] / 1e9:F0} (OpenBLAS, its process)"));
    }

    var bestOurs = ours.Count > 0 ? ours.MinBy(r => r.Step.Wall) : none;
    var bestReference = references.Count > 0 ? references.MinBy(r => r.Step.Wall) : none;
    rounds.Add(new RoundResult(peaks, bestOurs.Threads, bestOurs.Step, bestReference.Threads, bestReference.Step, growth));
}

Console.WriteLine();
Console.WriteLine(Invariant($"median over {rounds.Count} rounds (a run's step = median of its timed steps; each framework at its faster thread count in each round):"));
Summary("TorchSharp", r => r.Ours, r => r.OursThreads);
Summary("PyTorch", r => r.Reference, r => r.ReferenceThreads);
Console.WriteLine(Invariant($"  TorchSharp / PyTorch eager throughput: {Timing.MedianOf(rounds.Select(r => r.Reference.Wall / r.Ours.Wall)):F2}x by wall time, {Timing.MedianOf(rounds.Select(r => r.Reference.Cpu / r.Ours.Cpu)):F2}x by CPU time (issue 6 target: >= 1.2x; MFU target >= 60 %)"));
Console.WriteLine($"  faster thread counts per round: TorchSharp {string.Join(", ", rounds.Select(r => r.OursThreads))}; PyTorch {string.Join(", ", rounds.Select(r => r.ReferenceThreads))}");
Console.WriteLine($"  TorchSharp resident memory growth over the timed steps of each run: {string.Join(", ", rounds.SelectMany(r => r.ResidentGrowth).Select(b => Invariant($"{b / 1048576.0:+0.0;-0.0} MiB")))}");

void Row(int round, string name, Timing step, Timing peak, string matmul) =>
    Console.WriteLine(Invariant($"{round,5}  {name,-13} {step.Wall,7:F3} {shape.TokensPerStep / step.Wall,7:F0} {flops / step.Wall / peak.Wall,6:P0}  {step.Cpu,10:F3} {shape.TokensPerStep / step.Cpu,10:F0} {flops / step.Cpu / peak.Cpu,9:P0}  {matmul}"));

void Summary(string name, Func<RoundResult, Timing> pick, Func<RoundResult, int> threads) =>
    Console.WriteLine(Invariant($"  {name,-10}: {shape.TokensPerStep / Timing.MedianOf(rounds.Select(r => pick(r).Wall)),5:F0} tokens/s ({Timing.MedianOf(rounds.Select(r => pick(r).Wall)):F3} s/step), MFU {Timing.MedianOf(rounds.Select(r => flops / pick(r).Wall / r.Peaks.GetValueOrDefault(threads(r), noPeak).Wall)):P1}; by CPU time: MFU {Timing.MedianOf(rounds.Select(r => flops / pick(r).Cpu / r.Peaks.GetValueOrDefault(threads(r), noPeak).Cpu)):P1}"));

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FineTune.Pipeline.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository (FineTune.Pipeline.sln not found above the binary)");
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
