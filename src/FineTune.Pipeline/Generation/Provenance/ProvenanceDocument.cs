namespace FineTune.Pipeline.Generation.Provenance;

/// <summary>
/// <c>&lt;output&gt;.provenance.json</c>: where the generated data came from — teacher, endpoint host (no path, no
/// credentials), settings, filter, the prompts file's SHA-256 — and, per prompt id, the prompt's hash, when its
/// answers were written and what the filter decided. Written atomically, beside the data, meant to be committed with it.
/// </summary>
public sealed record ProvenanceDocument
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    public DateTimeOffset? UpdatedAt { get; init; }

    public string? Teacher { get; init; }

    /// <summary>Scheme, host and port of the teacher's endpoint.</summary>
    public string? Endpoint { get; init; }

    public ProvenanceSettings? Settings { get; init; }

    public ProvenanceFilter? Filter { get; init; }

    /// <summary>The prompts file, relative to finetune.yaml.</summary>
    public string? Prompts { get; init; }

    public string? PromptsSha256 { get; init; }

    /// <summary>Per prompt id, in prompts-file order (removed prompts last).</summary>
    public IReadOnlyDictionary<string, ProvenanceEntry> Entries { get; init; } = new Dictionary<string, ProvenanceEntry>(StringComparer.Ordinal);
}
