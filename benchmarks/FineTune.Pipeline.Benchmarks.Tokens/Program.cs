using System.Diagnostics;
using System.Globalization;
using System.Text;
using FineTune.Pipeline.Benchmarks.Tokens;
using FineTune.Pipeline.Tokens;
using Microsoft.ML.Tokenizers;

// Usage: dotnet run -c Release --project benchmarks/FineTune.Pipeline.Benchmarks.Tokens [-- MEGABYTES [ENCODING]]
int megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 32;
string encoding = args.Length > 1 ? args[1] : TokenCounterFactory.O200kBase;

List<string> texts = CorpusGenerator.Generate(megabytes * 1_000_000, seed: 42);
double totalMegabytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1_000_000.0;
Console.WriteLine($"{texts.Count} texts, {totalMegabytes:F1} MB UTF-8, encoding {encoding}, {Environment.ProcessorCount} CPUs");

long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
ITokenCounter ours = TokenCounterFactory.Get(encoding);
long heapOurs = GC.GetTotalMemory(forceFullCollection: true);
TiktokenTokenizer library = TiktokenTokenizer.CreateForEncoding(encoding);
Func<string, int> libraryCount = text => library.CountTokens(text);
Func<string, int> oursCount = text => ours.CountTokens(text);

// Warm up JIT (tiered compilation) and caches on a fifth of the texts, then measure over all of them.
List<string> warmup = texts.Take(Math.Max(1, texts.Count / 5)).ToList();
for (int i = 0; i < 2; i++)
{
    Measure(warmup, libraryCount, 1);
    Measure(warmup, oursCount, 1);
}

// MB/s is wall-clock; "MB/CPU-s" divides by the CPU time the process used, which stays meaningful when other
// processes compete for the cores (then wall-clock figures, especially with 2 threads, are only lower bounds).
var results = new List<(double MBps, double MBperCpuSecond)>();
Console.WriteLine($"{"counter",-24} {"threads",7} {"MB/s",8} {"MB/CPU-s",9} {"tokens",12}");
foreach (int threads in new[] { 1, 2 })
{
    foreach ((string name, Func<string, int> count) in new[] { ("Microsoft.ML.Tokenizers", libraryCount), ("FineTune counter", oursCount) })
    {
        // Best of five: the machine may be shared, the fastest run is the least disturbed one.
        (double seconds, double cpuSeconds, long tokens) = Enumerable.Range(0, 5).Select(_ => Measure(texts, count, threads)).MinBy(r => r.Seconds);
        results.Add((totalMegabytes / seconds, totalMegabytes / cpuSeconds));
        Console.WriteLine($"{name,-24} {threads,7} {totalMegabytes / seconds,8:F1} {totalMegabytes / cpuSeconds,9:F1} {tokens,12:N0}");
    }
}

Console.WriteLine();
Console.WriteLine($"ours vs library, 1 thread : {results[1].MBps / results[0].MBps:F2}x wall, {results[1].MBperCpuSecond / results[0].MBperCpuSecond:F2}x CPU");
Console.WriteLine($"ours vs library, 2 threads: {results[3].MBps / results[2].MBps:F2}x wall, {results[3].MBperCpuSecond / results[2].MBperCpuSecond:F2}x CPU");
Console.WriteLine($"ours, 2 vs 1 thread       : {results[3].MBps / results[1].MBps:F2}x wall");
long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"managed heap: counter alone {(heapOurs - heapBefore) / 1e6:F1} MB (vocabulary + empty cache); " +
    $"everything after the runs {(heapAfter - heapBefore) / 1e6:F1} MB (counter + filled cache + library instance)");
Console.WriteLine($"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB (includes the {totalMegabytes:F0} MB corpus as UTF-16)");

static (double Seconds, double CpuSeconds, long Tokens) Measure(List<string> texts, Func<string, int> count, int threads)
{
    long tokens = 0;
    using var process = Process.GetCurrentProcess();
    TimeSpan cpuBefore = process.TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    if (threads == 1)
    {
        foreach (string text in texts)
        {
            tokens += count(text);
        }
    }
    else
    {
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, worker =>
        {
            long local = 0;
            for (int i = worker; i < texts.Count; i += threads)
            {
                local += count(texts[i]);
            }

            Interlocked.Add(ref tokens, local);
        });
    }

    double seconds = stopwatch.Elapsed.TotalSeconds;
    process.Refresh();
    return (seconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds, tokens);
}
