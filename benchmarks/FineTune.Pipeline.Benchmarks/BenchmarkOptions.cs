using System.Globalization;

namespace FineTune.Pipeline.Benchmarks;

internal sealed record BenchmarkOptions(int SizeMb, int? Parallelism, int Seed, int Repeat, IReadOnlyList<string> Off)
{
    public static BenchmarkOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "validate")
        {
            return null;
        }

        int size = 100, seed = 42, repeat = 1;
        int? parallelism = null;
        var off = new List<string>();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--off")
            {
                off.AddRange(args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--size-mb":
                    size = value;
                    break;
                case "--parallelism":
                    parallelism = value;
                    break;
                case "--repeat":
                    repeat = value;
                    break;
                case "--seed":
                    seed = value;
                    break;
                default:
                    return null;
            }
        }

        return new BenchmarkOptions(size, parallelism, seed, repeat, off);
    }
}
