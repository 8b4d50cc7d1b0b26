namespace FineTune.Pipeline.Evaluation.Models;

/// <summary>A completion: the text and the token usage the endpoint reported (0 when it reported none).</summary>
public sealed record ChatResult(string Text, int InputTokens, int OutputTokens)
{
    /// <summary>True when the result came from the response cache (no request was made).</summary>
    public bool FromCache { get; init; }

    /// <summary>True when the model stopped at the token limit (<c>finish_reason: length</c>): the text is cut off.</summary>
    public bool Truncated { get; init; }

    /// <summary>How many attempts the request took (1 = first try; 0 = from cache).</summary>
    public int Attempts { get; init; } = 1;
}
