namespace FineTune.Pipeline.Benchmarks.Lora;

/// <summary>
/// One round: the TorchSharp matmul peak (FLOPs per wall second and per CPU second), our median step, and the
/// reference's median step at its better thread count (by wall time).
/// </summary>
internal sealed record RoundResult(Timing Peak, Timing Ours, int ReferenceThreads, Timing Reference, long ResidentBytes);
