namespace FineTune.Pipeline.Generation.Filtering;

/// <summary>The judge's grade (1–5) and reasoning, or why its reply could not be read.</summary>
public sealed record JudgeVerdict(int? Score, string Reasoning, string? Error);
