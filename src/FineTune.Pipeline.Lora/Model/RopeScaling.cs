namespace FineTune.Pipeline.Lora.Model;

/// <summary>Llama 3 RoPE scaling (<c>rope_type: llama3</c>); null on the config when absent or <c>default</c>.</summary>
public sealed record RopeScaling(double Factor, double LowFreqFactor, double HighFreqFactor, int OriginalMaxPositionEmbeddings);
