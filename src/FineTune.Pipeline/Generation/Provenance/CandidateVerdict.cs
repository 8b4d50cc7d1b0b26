namespace FineTune.Pipeline.Generation.Provenance;

/// <summary>The filter's decision on one candidate answer: its judge grade (null when not judged), kept or not, and why.</summary>
public sealed record CandidateVerdict(int Index, int? Score, bool Kept, string? Reason);
