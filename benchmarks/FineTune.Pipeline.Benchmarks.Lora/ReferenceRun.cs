using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace FineTune.Pipeline.Benchmarks.Lora;

/// <summary>Runs benchmarks/lora_reference.py (PyTorch eager, Debian's python3-torch) on the same checkpoint and shape.</summary>
internal static class ReferenceRun
{
    public static (IReadOnlyList<Timing> Steps, double MatmulFlops) Run(
        string python, string script, string modelDir, BenchmarkShape shape, int threads, int warmup, int steps)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            script, "--model", modelDir, "--threads", Invariant(threads), "--warmup", Invariant(warmup), "--steps", Invariant(steps),
            "--batch", Invariant(shape.Batch), "--seq", Invariant(shape.Sequence), "--rank", Invariant(shape.Rank),
            "--alpha", Invariant(shape.Alpha), "--dropout", Invariant(shape.Dropout), "--targets", string.Join(',', shape.Targets),
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // OpenBLAS and OpenMP would otherwise pick their own thread counts next to torch.set_num_threads.
        start.Environment["OMP_NUM_THREADS"] = Invariant(threads);
        start.Environment["OPENBLAS_NUM_THREADS"] = Invariant(threads);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {python}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} exited with {process.ExitCode}:\n{error.Result}");
        }

        var result = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        var wall = result["step_seconds"]!.AsArray().Select(t => t!.GetValue<double>());
        var cpu = result["step_cpu_seconds"]!.AsArray().Select(t => t!.GetValue<double>());
        return (wall.Zip(cpu, (w, c) => new Timing(w, c)).ToList(), result["matmul_gflops"]!.GetValue<double>() * 1e9);
    }

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
