using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Generation;

/// <summary>What a front door (the <c>generate</c> target, a test) passes to <see cref="GenerationPipeline"/> besides the settings.</summary>
public sealed record GenerationRequest
{
    /// <summary>Environment for API keys and <c>OPENAI_BASE_URL</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Creates the raw model for an id, endpoint and key; null: <see cref="OpenAIChatModel"/>.</summary>
    public Func<string, Uri, string, IChatModel>? ModelFactory { get; init; }

    /// <summary>Progress lines for the console; null: silent.</summary>
    public Action<string>? Log { get; init; }
}
