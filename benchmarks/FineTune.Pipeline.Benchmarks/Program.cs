using System.Diagnostics;
using System.Globalization;
using FineTune.Pipeline.Benchmarks;

// dotnet run -c Release --project benchmarks/FineTune.Pipeline.Benchmarks -- validate --size-mb 100 [--parallelism N] [--seed S] [--repeat N] [--off CODES]
var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: validate --size-mb <MB> [--parallelism <N>] [--seed <S>] [--repeat <N>] [--off FT4001,FT4101,...]");
    return 2;
}

var root = RepositoryRoot.Find();
var dataDirectory = Path.Combine(root, "benchmarks", "data");
Directory.CreateDirectory(dataDirectory);
var path = Path.Combine(dataDirectory, string.Create(CultureInfo.InvariantCulture, $"chat-{options.SizeMb}mb-seed{options.Seed}.jsonl"));
var bytes = options.SizeMb * 1024L * 1024L;
if (!File.Exists(path) || new FileInfo(path).Length < bytes)
{
    var watch = Stopwatch.StartNew();
    new ChatDataGenerator(options.Seed).Write(path, bytes);
    Console.WriteLine($"generated {path} in {watch.Elapsed.TotalSeconds:F1} s");
}

var result = ValidationBenchmark.Run(path, options.Parallelism, options.Repeat, options.Off);
Console.WriteLine(result.Report());
return 0;
