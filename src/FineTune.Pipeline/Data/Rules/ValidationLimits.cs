using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Data.Rules;

/// <summary>The numbers and switches the rules read, resolved once from <see cref="PipelineSettings"/>.</summary>
internal sealed record ValidationLimits
{
    public DataFormat Format { get; init; } = DataFormat.Chat;

    public int MaxTokensPerExample { get; init; } = 65_536;

    public int MinExamples { get; init; } = 10;

    public long MaxLineBytes { get; init; } = 16 * 1024 * 1024;

    public int AssistantMinChars { get; init; } = 2;

    public int? AssistantMaxTokens { get; init; } = 4096;

    public int MaxSystemPromptVariants { get; init; } = 1;

    /// <summary><c>train.lora.max_seq_length</c> for a self-hosted model (<c>provider: lora</c>); null otherwise.</summary>
    public int? MaxSequenceLength { get; init; }

    /// <summary>True when example totals come from the model's own tokenizer and chat template, not the o200k estimate.</summary>
    public bool ExactSequenceCounts { get; init; }

    /// <summary>Special tokens of the encoding (e.g. <c>&lt;|endoftext|&gt;</c>) that must not appear in text.</summary>
    public IReadOnlyList<string> SpecialTokens { get; init; } = [];

    /// <summary>Most diagnostics kept per code and file; the rest are counted in one summary line.</summary>
    public int MaxDiagnosticsPerCode { get; init; } = 100;

    public static ValidationLimits From(PipelineSettings settings, IReadOnlyList<string> specialTokens)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var validation = settings.Config.Validation;
        return new ValidationLimits
        {
            Format = settings.Config.Data.Format,
            MaxTokensPerExample = settings.MaxTokensPerExample,
            MinExamples = validation.MinExamples,
            MaxLineBytes = validation.MaxLineBytes,
            AssistantMinChars = validation.Assistant.MinChars,
            AssistantMaxTokens = validation.Assistant.MaxTokens,
            MaxSystemPromptVariants = validation.MaxSystemPromptVariants,
            SpecialTokens = specialTokens,
            MaxSequenceLength = settings.Model.Provider == Providers.Lora ? settings.Config.Train.Lora.MaxSeqLength : null,
        };
    }
}
