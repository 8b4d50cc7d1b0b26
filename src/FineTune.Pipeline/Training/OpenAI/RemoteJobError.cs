namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>The <c>error</c> of a failed job.</summary>
internal sealed record RemoteJobError(string? Code, string? Message, string? Param);
