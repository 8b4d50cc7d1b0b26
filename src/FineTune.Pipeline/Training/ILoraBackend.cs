using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Tokens;

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

    /// <summary>
    /// Loads the Hugging Face checkpoint in <paramref name="checkpoint"/> once, with the PEFT adapter in
    /// <paramref name="adapter"/> when not null, for the evaluation (<c>chatFormat</c>: <c>llama3</c>,
    /// <c>chatml</c>, or null for the tokenizer config's). Throws <see cref="InvalidDataException"/> with a
    /// readable message when a folder cannot be loaded.
    /// </summary>
    ILocalModelHost OpenChatModels(string checkpoint, string? adapter, string? chatFormat);

    /// <summary>
    /// Opens the tokenizer of the Hugging Face checkpoint in <paramref name="checkpoint"/> with its chat template
    /// (<paramref name="chatFormat"/>: <c>llama3</c>, <c>chatml</c>, or null for the tokenizer config's), to count
    /// examples as training encodes them; <paramref name="display"/> names the folder in reports. Throws
    /// <see cref="InvalidDataException"/> with a readable message when the folder has no usable tokenizer.
    /// </summary>
    IChatTemplateCounter OpenTokenCounter(string checkpoint, string? chatFormat, string display);
}
