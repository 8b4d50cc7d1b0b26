using System.Globalization;
using System.Text;
using FineTune.Pipeline.Data;

namespace FineTune.Pipeline.Benchmarks;

internal sealed record BenchmarkResult(
    string Path,
    long Bytes,
    double Seconds,
    double CpuSeconds,
    double StartResidentMb,
    double PeakResidentMb,
    double BaselineBytesPerSecond,
    double BaselineBytesPerCpuSecond,
    ValidationOutcome Outcome,
    int Parallelism)
{
    /// <summary>Collections and allocation during validation.</summary>
    public string GcSummary { get; init; } = string.Empty;

    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;

    public string Report()
    {
        var train = Outcome.Train;
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"file          {Path} ({Bytes / 1e6:F1} MB)");
        builder.AppendLine(CultureInfo.InvariantCulture, $"workers       {Parallelism} (processors: {Environment.ProcessorCount})");
        builder.AppendLine(CultureInfo.InvariantCulture, $"examples      train {train.Examples:N0}, eval {Outcome.Eval?.Examples ?? 0:N0}, invalid {train.InvalidLines:N0}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"tokens        train {train.Tokens.Total:N0} (p50 {train.TokensPerExample.P50}, p90 {train.TokensPerExample.P90}, max {train.TokensPerExample.Max})");
        builder.AppendLine(CultureInfo.InvariantCulture, $"diagnostics   {Outcome.Diagnostics.Count:N0} ({string.Join(", ", Outcome.Diagnostics.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"))})");
        builder.AppendLine(CultureInfo.InvariantCulture, $"elapsed       {Seconds:F2} s");
        builder.AppendLine(CultureInfo.InvariantCulture, $"throughput    {MegabytesPerSecond:F1} MB/s end to end (wall clock)");
        builder.AppendLine(CultureInfo.InvariantCulture, $"cpu           {CpuSeconds:F2} s = {Bytes / 1e6 / CpuSeconds:F1} MB per CPU-second ({CpuSeconds / Seconds:F2} cores busy on average)");
        builder.AppendLine(CultureInfo.InvariantCulture, $"peak RSS      {PeakResidentMb:F0} MB (VmHWM after validation; {StartResidentMb:F0} MB before it, with the tokenizer loaded)");
        builder.AppendLine(CultureInfo.InvariantCulture, $"gc            {GcSummary}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"baseline      {BaselineBytesPerSecond / 1e6:F1} MB/s wall, {BaselineBytesPerCpuSecond / 1e6:F1} MB per CPU-second (one thread, CountTokens only, same texts)");
        builder.AppendLine(CultureInfo.InvariantCulture, $"ratio         {MegabytesPerSecond / (BaselineBytesPerSecond / 1e6):F2} × baseline (wall clock)");
        builder.Append(CultureInfo.InvariantCulture, $"cpu ratio     {Bytes / CpuSeconds / BaselineBytesPerCpuSecond:F2} × baseline per CPU-second (1.0 = the pipeline costs no more CPU than bare token counting)");
        return builder.ToString();
    }
}
