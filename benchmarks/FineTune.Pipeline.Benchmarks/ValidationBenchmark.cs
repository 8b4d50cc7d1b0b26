using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Benchmarks;

/// <summary>
/// Times <see cref="DatasetValidator"/> end to end on one file, reads the process's peak resident memory, then
/// measures a baseline on the same machine in the same run: one thread counting the tokens of the same texts.
/// </summary>
internal static class ValidationBenchmark
{
    private const long BaselineSampleBytes = 32L * 1024 * 1024;

    public static BenchmarkResult Run(string path, int? parallelism, int repeat, IReadOnlyList<string> off)
    {
        var counter = TokenCounterFactory.Get(TokenCounterFactory.O200kBase);
        var startRss = ResidentMegabytes("VmRSS:");
        var config = new FineTuneConfig
        {
            BaseDirectory = Path.GetDirectoryName(path)!,
            Data = new DataConfig { Train = Path.GetFileName(path) },
            Validation = new ValidationConfig { Rules = off.ToDictionary(code => code, _ => Severity.Off, StringComparer.OrdinalIgnoreCase) },
        };
        var settings = PipelineSettings.Resolve(config);
        var options = new DatasetValidatorOptions { Parallelism = parallelism, TokenCounter = counter };

        var process = Process.GetCurrentProcess();
        ValidationOutcome outcome;
        double seconds, cpuSeconds;
        string gcSummary;
        do
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            outcome = DatasetValidator.Validate(settings, options);
            seconds = watch.Elapsed.TotalSeconds;
            process.Refresh();
            cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            gcSummary = string.Create(CultureInfo.InvariantCulture,
                $"gen0 {GC.CollectionCount(0) - collections.Item1}, gen1 {GC.CollectionCount(1) - collections.Item2}, gen2 {GC.CollectionCount(2) - collections.Item3} collections; {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1e6:F0} MB allocated; heap {info.HeapSizeBytes / 1e6:F0} MB, committed {info.TotalCommittedBytes / 1e6:F0} MB at the end");
        }
        while (--repeat > 0);

        var peak = ResidentMegabytes("VmHWM:");
        var (baselineBytes, baselineSeconds, baselineCpu) = Baseline(path, counter);
        return new BenchmarkResult(path, new FileInfo(path).Length, seconds, cpuSeconds, startRss, peak, baselineBytes / baselineSeconds,
            baselineBytes / baselineCpu, outcome, parallelism ?? Environment.ProcessorCount)
        { GcSummary = gcSummary };
    }

    /// <summary>Single-threaded CountTokens over the content strings of the file's first 32 MB (extraction not timed).</summary>
    private static (double Bytes, double Seconds, double CpuSeconds) Baseline(string path, ITokenCounter counter)
    {
        var texts = new List<string>();
        long sampled = 0;
        foreach (var line in File.ReadLines(path))
        {
            sampled += Encoding.UTF8.GetByteCount(line) + 1;
            using var document = JsonDocument.Parse(line);
            foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
            {
                if (message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
                {
                    texts.Add(content.GetString()!);
                }
            }

            if (sampled >= BaselineSampleBytes)
            {
                break;
            }
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        long tokens = 0;
        foreach (var text in texts)
        {
            tokens += counter.CountTokens(text);
        }

        GC.KeepAlive(tokens);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1e6:F1} MB for {sampled / 1e6:F1} MB of lines"));
        var wall = watch.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        return (sampled, wall, cpu);
    }

    private static double ResidentMegabytes(string key)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                var kb = long.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }

        return double.NaN;
    }
}
