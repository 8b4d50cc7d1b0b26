namespace FineTune.Pipeline.Lora.Checkpoints;

/// <summary>One float32 tensor for <see cref="SafetensorsWriter"/>: name, shape, row-major data.</summary>
public sealed record SafetensorsEntry(string Name, long[] Shape, float[] Data);
