namespace FineTune.Pipeline.Runner;

/// <summary>The process exit codes of the contract (shared DESIGN.md).</summary>
public static class ExitCodes
{
    /// <summary>Every task passed.</summary>
    public const int Success = 0;

    /// <summary>A gate failed: invalid data, over budget.</summary>
    public const int GateFailed = 1;

    /// <summary>Bad usage or bad configuration.</summary>
    public const int Usage = 2;

    /// <summary>An external failure (git, the file system, an API), a cancellation or an internal error.</summary>
    public const int External = 3;
}
