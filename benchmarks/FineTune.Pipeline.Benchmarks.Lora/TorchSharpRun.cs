using System.Diagnostics;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Model;
using FineTune.Pipeline.Lora.Training;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Benchmarks.Lora;

/// <summary>
/// Trains the benchmark model with the product's <see cref="LoraTrainer"/> (every row full length, every position but
/// the last counted) for warm-up + timed steps and returns the timed steps' durations, taken from the trainer's
/// progress callback, which it calls after each optimizer step, and how much the resident memory grew over them.
/// </summary>
internal static class TorchSharpRun
{
    public static (IReadOnlyList<Timing> Steps, long ResidentGrowth) Run(string modelDir, BenchmarkShape shape, int threads, int warmup, int steps)
    {
        set_num_threads(threads);
        using var model = CausalLM.Load(modelDir, shape.Lora, seed: 42);
        var random = new Random(7);
        var examples = Enumerable.Range(0, shape.Batch * (warmup + steps)).Select(i => new EncodedExample(
            Enumerable.Range(0, shape.Sequence).Select(_ => random.Next(shape.Vocab)).ToArray(),
            Enumerable.Repeat(true, shape.Sequence).ToArray(),
            $"row {i}")).ToList();
        var options = new TrainingOptions
        {
            Epochs = 1,
            MaxSteps = warmup + steps,
            BatchSize = shape.Batch,
            MaxSeqLength = shape.Sequence,
            WarmupRatio = 0.1,
        };
        var output = Directory.CreateTempSubdirectory("ft-lora-bench").FullName;
        try
        {
            var (stamps, resident) = (new List<Timing>(), new List<long>());
            var clock = Stopwatch.StartNew();
            using var process = Process.GetCurrentProcess();
            new LoraTrainer(model, padId: 0, options).Train(examples, [], output, progress: (_, _, _) =>
            {
                process.Refresh();
                stamps.Add(new Timing(clock.Elapsed.TotalSeconds, process.TotalProcessorTime.TotalSeconds));
                resident.Add(process.WorkingSet64);
            });
            var timed = stamps.Skip(warmup - 1).Zip(stamps.Skip(warmup), (a, b) => new Timing(b.Wall - a.Wall, b.Cpu - a.Cpu)).ToList();
            return (timed, resident[^1] - resident[warmup - 1]);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>FLOPs of an n×n×n float32 matrix product per wall second and per CPU second, each the best of <paramref name="repeats"/>.</summary>
    public static Timing MatmulFlops(int threads, int n = 2048, int repeats = 12)
    {
        set_num_threads(threads);
        using var a = randn(n, n);
        using var b = randn(n, n);
        using var process = Process.GetCurrentProcess();
        matmul(a, b).Dispose();
        var (wall, cpu) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < repeats; i++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            matmul(a, b).Dispose();
            wall = Math.Min(wall, clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuStart).TotalSeconds);
        }

        var flops = 2.0 * n * n * n;
        return new Timing(flops / wall, flops / cpu);
    }
}
