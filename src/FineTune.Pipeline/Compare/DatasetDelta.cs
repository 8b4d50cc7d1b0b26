namespace FineTune.Pipeline.Compare;

/// <summary>The <c>compare.train</c> / <c>compare.eval</c> part of report.json.</summary>
public sealed record DatasetDelta
{
    /// <summary>Path of the dataset, as in the configuration.</summary>
    public required string Path { get; init; }

    /// <summary>False when the file did not exist at the ref (every example is then added).</summary>
    public bool ExistedAtRef { get; init; } = true;

    public int Added { get; init; }

    public int Removed { get; init; }

    public int Changed { get; init; }

    public int Unchanged { get; init; }

    /// <summary>Examples now minus examples at the ref.</summary>
    public int ExamplesDelta { get; init; }

    /// <summary>Σ tokens now minus at the ref.</summary>
    public long TokensDelta { get; init; }

    /// <summary>Billing tokens (per epoch) now minus at the ref.</summary>
    public long BillingTokensDelta { get; init; }
}
