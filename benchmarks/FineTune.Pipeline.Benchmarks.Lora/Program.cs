using System.Globalization;
using FineTune.Pipeline.Benchmarks.Lora;
using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Native;

// LoRA training throughput and model FLOP utilisation (issue 6), TorchSharp against PyTorch eager, in one run.
// Usage (from the repository root; benchmarks/lora.sh does this):
//   dotnet <dll> [--warmup 2] [--steps 5] [--rounds 3] [--threads 2] [--reference-threads 1,2|none] [--python /usr/bin/python3] [--dropout 0.05]
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
Console.WriteLine(Invariant($"matmul FLOPs per step (forward + backward): {flops / 1e9:F1} G; {options.Warmup} warm-up + {options.Steps} timed steps; {options.Rounds} rounds; TorchSharp {options.Threads} threads, PyTorch {string.Join('/', options.ReferenceThreads)}"));
Console.WriteLine($"TorchSharp loader: {TorchSharpLoader.State}; {TorchSharpLoader.MklState}");
Console.WriteLine("MFU = training FLOP/s over TorchSharp's 2048^3 matmul FLOP/s; 'cpu' columns divide by process CPU seconds instead of wall seconds");
Console.WriteLine();
Console.WriteLine("round  run            s/step   tok/s    MFU  cpu-s/step  tok/cpu-s  MFU(cpu)  matmul GF/s (wall/cpu)");

var rounds = new List<RoundResult>();
for (var round = 1; round <= options.Rounds; round++)
{
    var peak = TorchSharpRun.MatmulFlops(options.Threads);
    var (oursSteps, resident) = TorchSharpRun.Run(modelDir, shape, options.Threads, options.Warmup, options.Steps);
    var ours = Timing.Median(oursSteps);
    Row(round, $"TorchSharp t{options.Threads}", ours, peak, Invariant($"{peak.Wall / 1e9:F0}/{peak.Cpu / 1e9:F0}"));
    var references = new List<(int Threads, Timing Step)>();
    foreach (var threads in options.ReferenceThreads)
    {
        var (steps, matmul) = ReferenceRun.Run(options.Python, script, modelDir, shape, threads, options.Warmup, options.Steps);
        references.Add((threads, Timing.Median(steps)));
        Row(round, $"PyTorch t{threads}", references[^1].Step, peak, Invariant($"{matmul / 1e9:F0} (its own)"));
    }

    var best = references.Count > 0 ? references.MinBy(r => r.Step.Wall) : (Threads: 0, Step: new Timing(double.NaN, double.NaN));
    rounds.Add(new RoundResult(peak, ours, best.Threads, best.Step, resident));
}

Console.WriteLine();
Console.WriteLine(Invariant($"median over {rounds.Count} rounds (a run's step = median of its timed steps; PyTorch = its faster thread count in each round):"));
Summary("TorchSharp", r => r.Ours);
Summary("PyTorch", r => r.Reference);
Console.WriteLine(Invariant($"  TorchSharp / PyTorch eager throughput: {Timing.MedianOf(rounds.Select(r => r.Reference.Wall / r.Ours.Wall)):F2}x by wall time, {Timing.MedianOf(rounds.Select(r => r.Reference.Cpu / r.Ours.Cpu)):F2}x by CPU time (issue 6 target: >= 1.2x; MFU target >= 60 %)"));
Console.WriteLine($"  TorchSharp resident memory after each run: {string.Join(", ", rounds.Select(r => Invariant($"{r.ResidentBytes / 1048576} MiB")))}");

void Row(int round, string name, Timing step, Timing peak, string matmul) =>
    Console.WriteLine(Invariant($"{round,5}  {name,-13} {step.Wall,7:F3} {shape.TokensPerStep / step.Wall,7:F0} {flops / step.Wall / peak.Wall,6:P0}  {step.Cpu,10:F3} {shape.TokensPerStep / step.Cpu,10:F0} {flops / step.Cpu / peak.Cpu,9:P0}  {matmul}"));

void Summary(string name, Func<RoundResult, Timing> pick) =>
    Console.WriteLine(Invariant($"  {name,-10}: {shape.TokensPerStep / Timing.MedianOf(rounds.Select(r => pick(r).Wall)),5:F0} tokens/s ({Timing.MedianOf(rounds.Select(r => pick(r).Wall)):F3} s/step), MFU {Timing.MedianOf(rounds.Select(r => flops / pick(r).Wall / r.Peak.Wall)):P1}; by CPU time: MFU {Timing.MedianOf(rounds.Select(r => flops / pick(r).Cpu / r.Peak.Cpu)):P1}"));

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
