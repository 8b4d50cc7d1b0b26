namespace FineTune.Pipeline.Lora.Generator;

/// <summary>Checkpoint family the generator writes: Llama 3 (Llama 3 chat template) or Qwen2 (ChatML).</summary>
public enum ModelFamily
{
    Llama,
    Qwen2,
}
