namespace FineTune.Pipeline.Generation;

/// <summary>A prompt whose requests failed for good (after retries); the next run asks it again.</summary>
public sealed record FailedPrompt(string Id, int Line, string Error);
