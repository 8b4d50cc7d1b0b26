using System.Globalization;

namespace FineTune.Pipeline.Benchmarks.Lora;

/// <summary>Command-line options: --warmup, --steps, --rounds, --threads (comma list), --reference-threads (comma list, or none: ours alone, e.g. under perf), --python, --dropout (LoRA dropout, 0.05).</summary>
internal sealed record Arguments
{
    public int Warmup { get; init; } = 2;
    public int Steps { get; init; } = 5;
    public int Rounds { get; init; } = 3;
    public IReadOnlyList<int> Threads { get; init; } = [2, 1];
    public IReadOnlyList<int> ReferenceThreads { get; init; } = [1, 2];
    public string Python { get; init; } = "/usr/bin/python3";
    public double Dropout { get; init; } = 0.05;

    public static Arguments Parse(string[] args)
    {
        var result = new Arguments();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            result = args[i] switch
            {
                "--warmup" => result with { Warmup = Math.Max(1, Number(value)) },
                "--steps" => result with { Steps = Number(value) },
                "--rounds" => result with { Rounds = Number(value) },
                "--threads" => result with { Threads = value.Split(',').Select(Number).ToList() },
                "--reference-threads" => result with { ReferenceThreads = value == "none" ? [] : value.Split(',').Select(Number).ToList() },
                "--python" => result with { Python = value },
                "--dropout" => result with { Dropout = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]} (known: --warmup --steps --rounds --threads --reference-threads --python --dropout)"),
            };
        }

        return result;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
