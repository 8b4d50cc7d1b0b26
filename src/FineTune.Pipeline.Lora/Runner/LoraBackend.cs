using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Generator;
using FineTune.Pipeline.Lora.Inference;
using FineTune.Pipeline.Tokens;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Lora.Runner;

/// <summary>The entry point the core finds by name (<see cref="LoraBackendLoader"/>): trainer, tiny-model generator, local models for the evaluation, exact token counts for the validation.</summary>
public sealed class LoraBackend : ILoraBackend
{
    public ITrainer CreateTrainer(ITrainingLog log) => new LoraPipelineTrainer(log);

    public void WriteTinyModel(string folder, string family, int seed)
    {
        var parsed = family.ToUpperInvariant() switch
        {
            "LLAMA" => ModelFamily.Llama,
            "QWEN2" => ModelFamily.Qwen2,
            _ => throw new ArgumentException($"unknown model family '{family}': use llama or qwen2.", nameof(family)),
        };
        LoraModelGenerator.Generate(folder, new TinyModelSpec { Family = parsed, Seed = seed });
    }

    public ILocalModelHost OpenChatModels(string checkpoint, string? adapter, string? chatFormat) =>
        LocalModelHost.Open(checkpoint, adapter, Format(chatFormat));

    public IChatTemplateCounter OpenTokenCounter(string checkpoint, string? chatFormat, string display) =>
        new ChatTemplateCounter(checkpoint, Format(chatFormat), display);

    private static ChatFormat? Format(string? chatFormat) => chatFormat switch
    {
        "llama3" => ChatFormat.Llama3,
        "chatml" => ChatFormat.ChatMl,
        _ => null,
    };
}
