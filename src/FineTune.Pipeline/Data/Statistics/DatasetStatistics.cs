namespace FineTune.Pipeline.Data.Statistics;

/// <summary>Running totals and exact distributions of one dataset, turned into a <see cref="DatasetSummary"/> at the end.</summary>
internal sealed class DatasetStatistics(int tokenLimit)
{
    private readonly ExactDistribution _tokens = new();
    private readonly ExactDistribution _messages = new();
    private readonly ExactDistribution _assistant = new();
    private long _billing;
    private int _overLimit;

    public int Examples => _tokens.Count;

    public int InvalidLines { get; private set; }

    public void AddExample(int tokens, int messages, int assistantTokens)
    {
        _tokens.Add(tokens);
        _messages.Add(messages);
        _assistant.Add(assistantTokens);
        _billing += Math.Min(tokenLimit, tokens);
        if (tokens > tokenLimit)
        {
            _overLimit++;
        }
    }

    public void AddInvalid() => InvalidLines++;

    public DatasetSummary ToSummary(DatasetSummary identity, int systemPromptVariants)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var tokens = _tokens.ToDistribution();
        return identity with
        {
            Examples = _tokens.Count,
            InvalidLines = InvalidLines,
            Tokens = new TokenTotals { Total = _tokens.Sum, Billing = _billing, Assistant = _assistant.Sum },
            TokensPerExample = tokens,
            MessagesPerExample = _messages.ToDistribution(),
            AssistantTokensPerExample = _assistant.ToDistribution(),
            ExamplesOverLimit = _overLimit,
            SystemPromptVariants = systemPromptVariants,
            TokenHistogram = TokenHistogram.Build(_tokens.Sorted),
        };
    }
}
