using FineTune.Pipeline.Tokens;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Data;

/// <summary>How <see cref="DatasetValidator"/> runs (not what it checks: that is <c>validation:</c> in finetune.yaml).</summary>
public sealed record DatasetValidatorOptions
{
    /// <summary>Worker threads for parsing, counting and per-example rules; null: one per processor.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Bytes read per batch.</summary>
    public int ChunkSize { get; init; } = 512 * 1024;

    /// <summary>Most findings listed per code and file; the rest are counted in one FT1014 line.</summary>
    public int MaxDiagnosticsPerCode { get; init; } = 100;

    /// <summary>The token counter to use; null: the one for the configured encoding.</summary>
    public ITokenCounter? TokenCounter { get; init; }

    /// <summary>
    /// The LoRA backend whose tokenizer counts a self-hosted model's examples exactly (<c>provider: lora</c>);
    /// null: found by <see cref="LoraBackendLoader.TryLoad"/>. Without one, counts are o200k estimates (FT3019).
    /// </summary>
    public Func<ILoraBackend?>? LoraBackend { get; init; }
}
