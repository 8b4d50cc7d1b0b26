namespace FineTune.Pipeline.Runner;

/// <summary>The options, or the usage error that prevented reading them (exit code 2).</summary>
public sealed record ParsedCommandLine(RunOptions? Options, string? Error)
{
    public bool Succeeded => Options is not null;
}
