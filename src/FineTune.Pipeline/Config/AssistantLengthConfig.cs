using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>Bounds on the length of the final assistant reply of each example.</summary>
public sealed record AssistantLengthConfig
{
    /// <summary>Replies with fewer characters than this are flagged as too short.</summary>
    [Range(0, int.MaxValue)]
    public int MinChars { get; init; } = 2;

    /// <summary>Replies with more tokens than this are flagged as too long; <c>~</c>: no bound.</summary>
    [Range(1, int.MaxValue)]
    public int? MaxTokens { get; init; } = 4096;
}
