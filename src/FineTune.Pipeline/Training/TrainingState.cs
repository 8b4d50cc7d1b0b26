namespace FineTune.Pipeline.Training;

/// <summary>
/// <c>training-state.json</c>: what a run has created remotely so far, written after every step that
/// creates something. A re-run with the same endpoint and identity continues from it instead of
/// uploading or creating again. It holds ids and hashes only, never the key. <c>provider: lora</c> keeps
/// one beside the adapter (base URL <c>local</c>): a finished adapter is reused, an interrupted run resumed.
/// </summary>
public sealed record TrainingState
{
    public int Version { get; init; } = 1;

    public required string Provider { get; init; }

    /// <summary>The endpoint the ids belong to (no credentials).</summary>
    public required string BaseUrl { get; init; }

    /// <summary><see cref="TrainingIdentity.Key"/> of the run.</summary>
    public required string Identity { get; init; }

    public string? DatasetSha256 { get; init; }

    public string? ValidationSha256 { get; init; }

    public string? ConfigHash { get; init; }

    public UploadedFile? TrainingFile { get; init; }

    public UploadedFile? ValidationFile { get; init; }

    public string? JobId { get; init; }

    public string? ModelId { get; init; }

    /// <summary><c>provider: lora</c>: SHA-256 of the base checkpoint folder (<see cref="LocalModelHash.Checkpoint"/>).</summary>
    public string? CheckpointSha256 { get; init; }

    /// <summary><c>provider: lora</c>: SHA-256 of the finished adapter (<see cref="LocalModelHash.Adapter"/>), to reuse it only unchanged.</summary>
    public string? AdapterSha256 { get; init; }

    /// <summary>Last status seen.</summary>
    public string? Status { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True when the state describes this identity on this endpoint.</summary>
    public bool Matches(string baseUrl, TrainingIdentity identity) =>
        string.Equals(BaseUrl, baseUrl, StringComparison.Ordinal) && Identity == identity?.Key;
}
