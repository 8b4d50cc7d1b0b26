namespace FineTune.Pipeline.Training;

/// <summary>
/// What the self-hosted LoRA backend (<c>FineTune.Pipeline.Lora</c>, on TorchSharp) offers the core,
/// which never references it: found at run time by <see cref="LoraBackendLoader"/>.
/// </summary>
public interface ILoraBackend
{
    /// <summary>The <c>train.provider: lora</c> trainer, writing to <paramref name="log"/>.</summary>
    ITrainer CreateTrainer(ITrainingLog log);

    /// <summary>Writes a tiny Hugging Face checkpoint (<c>llama</c> or <c>qwen2</c>) for tests and demos, deterministically from <paramref name="seed"/>.</summary>
    void WriteTinyModel(string folder, string family, int seed);
}
