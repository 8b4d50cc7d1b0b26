namespace FineTune.Pipeline.Training;

/// <summary>
/// Training stopped without a model. <see cref="Exception.Message"/> says what happened and what to do;
/// it never contains the API key. The runner prints the message (no stack trace) and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class TrainingException : Exception
{
    public TrainingException()
    {
    }

    public TrainingException(string message)
        : base(message)
    {
    }

    public TrainingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TrainingException(TrainingFailure failure, string message)
        : base(message) => Failure = failure;

    public TrainingFailure Failure { get; init; } = TrainingFailure.Unavailable;

    /// <summary>HTTP status of the failing call, when there was one.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The API's error code (<c>invalid_api_key</c>, <c>invalid_training_file</c>, ...).</summary>
    public string? ApiCode { get; init; }

    /// <summary>The remote job concerned, when there is one; the state file keeps it for the re-run.</summary>
    public string? JobId { get; init; }

    /// <summary>Where in the data the problem is, when the API's message names an example or line.</summary>
    public Diagnostics.Diagnostic? Location { get; init; }

    /// <summary>2 for problems the configuration fixes, 3 for failures of the outside world (DESIGN.md).</summary>
    public int ExitCode => Failure is TrainingFailure.MissingApiKey or TrainingFailure.UnknownModel
        or TrainingFailure.ModelShutDown or TrainingFailure.InvalidRequest ? 2 : 3;
}
