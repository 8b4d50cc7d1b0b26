using FineTune.Pipeline.Generation.Prompts;
using FineTune.Pipeline.Generation.Provenance;

namespace FineTune.Pipeline.Generation;

/// <summary>
/// What asking one prompt gave: the training lines to append and the filter's verdicts, or the error that made
/// it fail. Tokens count only requests actually sent (cache hits are free).
/// </summary>
public sealed record PromptOutcome(GenerationPrompt Prompt)
{
    public IReadOnlyList<string> Lines { get; init; } = [];

    public IReadOnlyList<CandidateVerdict> Verdicts { get; init; } = [];

    public IReadOnlyList<DroppedAnswer> Dropped { get; init; } = [];

    /// <summary>Judge replies that did not parse.</summary>
    public int JudgeErrors { get; init; }

    public string? Error { get; init; }

    public TokenUsage Teacher { get; init; } = TokenUsage.None;

    public TokenUsage Judge { get; init; } = TokenUsage.None;
}
