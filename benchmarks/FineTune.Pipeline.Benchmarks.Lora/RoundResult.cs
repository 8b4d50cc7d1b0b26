namespace FineTune.Pipeline.Benchmarks.Lora;

/// <summary>
/// One round: TorchSharp's matmul peak per thread count (FLOPs per wall second and per CPU second), and each
/// framework's median step at its faster thread count (by wall time), and the resident memory growth of each TorchSharp run.
/// </summary>
internal sealed record RoundResult(
    IReadOnlyDictionary<int, Timing> Peaks, int OursThreads, Timing Ours, int ReferenceThreads, Timing Reference, IReadOnlyList<long> ResidentGrowth);
