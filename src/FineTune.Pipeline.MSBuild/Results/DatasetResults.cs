using FineTune.Pipeline.Data;

namespace FineTune.Pipeline.MSBuild.Results;

/// <summary>The figures of one dataset that the build exposes (see <see cref="DatasetSummary"/>).</summary>
public sealed record DatasetResults
{
    public required string Path { get; init; }

    public required string Sha256 { get; init; }

    public bool FromSplit { get; init; }

    public int Examples { get; init; }

    public long TotalTokens { get; init; }

    public long BillingTokens { get; init; }

    public long AssistantTokens { get; init; }

    public static DatasetResults From(DatasetSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new DatasetResults
        {
            Path = summary.Path,
            Sha256 = summary.Sha256,
            FromSplit = summary.FromSplit,
            Examples = summary.Examples,
            TotalTokens = summary.Tokens.Total,
            BillingTokens = summary.Tokens.Billing,
            AssistantTokens = summary.Tokens.Assistant,
        };
    }

    /// <summary>The summary again, with the figures the cost estimate uses (examples and token totals).</summary>
    public DatasetSummary ToSummary(string role) => new()
    {
        Role = role,
        Path = Path,
        Sha256 = Sha256,
        FromSplit = FromSplit,
        Examples = Examples,
        Tokens = new TokenTotals { Total = TotalTokens, Billing = BillingTokens, Assistant = AssistantTokens },
    };
}
