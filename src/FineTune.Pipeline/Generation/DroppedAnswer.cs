namespace FineTune.Pipeline.Generation;

/// <summary>A teacher answer the filter did not keep: which prompt and candidate, the judge's grade, and why.</summary>
public sealed record DroppedAnswer(string Id, int Line, int Candidate, int? Score, string Reason);
