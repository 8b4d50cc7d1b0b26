namespace FineTune.Pipeline.Config;

/// <summary>Where LoRA training runs.</summary>
public enum LoraDevice
{
    /// <summary>CUDA when a GPU is visible, otherwise CPU.</summary>
    Auto,

    /// <summary>Always the CPU.</summary>
    Cpu,

    /// <summary>Always CUDA; fails when no GPU is visible.</summary>
    Cuda,
}
