namespace FineTune.Pipeline.Generation;

/// <summary>Tokens of the requests actually sent to one model (the endpoint's own usage figures).</summary>
public readonly record struct TokenUsage(long Input, long Output)
{
    public static TokenUsage None => default;

    public static TokenUsage operator +(TokenUsage a, TokenUsage b) => new(a.Input + b.Input, a.Output + b.Output);

    public static TokenUsage Add(TokenUsage a, TokenUsage b) => a + b;
}
