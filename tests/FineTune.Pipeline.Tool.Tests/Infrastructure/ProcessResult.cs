namespace FineTune.Pipeline.Tool.Tests.Infrastructure;

/// <summary>What a finished child process left behind.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Everything the process printed, for assertion messages.</summary>
    public string Describe() =>
        $"$ {Command}\nexit code: {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}
