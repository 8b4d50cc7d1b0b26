using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Runner;

/// <summary>
/// A failure a user can act on (bad usage, an external tool that failed), carried to the runner
/// as a diagnostic with the exit code it maps to. Never shown as a stack trace.
/// </summary>
public sealed class PipelineException : Exception
{
    public PipelineException(Diagnostic diagnostic, int exitCode, Exception? inner = null)
        : base(diagnostic?.Message, inner)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Diagnostic = diagnostic;
        ExitCode = exitCode;
    }

    public PipelineException()
        : this(new Diagnostic(Severity.Error, RunnerCodes.Internal, null, 0, 0, "pipeline error"), ExitCodes.External)
    {
    }

    public PipelineException(string message)
        : this(new Diagnostic(Severity.Error, RunnerCodes.Internal, null, 0, 0, message), ExitCodes.External)
    {
    }

    public PipelineException(string message, Exception innerException)
        : this(new Diagnostic(Severity.Error, RunnerCodes.Internal, null, 0, 0, message), ExitCodes.External, innerException)
    {
    }

    public Diagnostic Diagnostic { get; }

    public int ExitCode { get; }

    /// <summary>A usage or configuration error (exit 2) with no file position.</summary>
    public static PipelineException Usage(string code, string message)
        => new(new Diagnostic(Severity.Error, code, null, 0, 0, message), ExitCodes.Usage);

    /// <summary>An external failure (exit 3) with no file position.</summary>
    public static PipelineException External(string code, string message, Exception? inner = null)
        => new(new Diagnostic(Severity.Error, code, null, 0, 0, message), ExitCodes.External, inner);
}
