namespace FineTune.Pipeline.Benchmarks.Lora;

/// <summary>
/// A rate or a duration (seconds per step, FLOPs per second) by the wall clock and by the process's CPU time (all threads). On a shared machine the CPU
/// time is disturbed less: time spent descheduled does not count, while a thread pool's spinning does.
/// </summary>
internal sealed record Timing(double Wall, double Cpu)
{
    public static Timing Median(IEnumerable<Timing> timings)
    {
        var list = timings.ToList();
        return new Timing(MedianOf(list.Select(t => t.Wall)), MedianOf(list.Select(t => t.Cpu)));
    }

    public static Timing Max(Timing a, Timing b) => new(Math.Max(a.Wall, b.Wall), Math.Max(a.Cpu, b.Cpu));

    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
