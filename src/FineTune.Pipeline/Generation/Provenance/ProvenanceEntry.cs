namespace FineTune.Pipeline.Generation.Provenance;

/// <summary>
/// What is known about the answers of one prompt id.
/// </summary>
/// <param name="PromptSha256">Hash of the prompt's messages when answered: a different current hash means the prompt changed.</param>
/// <param name="Lines">Answer lines written for it (0 when the filter dropped every candidate).</param>
/// <param name="GeneratedAt">When they were written; null for lines found in the output without a record (recovered after a kill).</param>
/// <param name="Fingerprint">Teacher and settings (<see cref="ProvenanceSettings.Fingerprint"/>).</param>
/// <param name="Candidates">The filter's decision per candidate; empty without a filter.</param>
public sealed record ProvenanceEntry(
    string PromptSha256,
    int Lines,
    DateTimeOffset? GeneratedAt,
    string? Fingerprint,
    IReadOnlyList<CandidateVerdict> Candidates);
