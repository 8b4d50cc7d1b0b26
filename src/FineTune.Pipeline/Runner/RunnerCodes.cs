namespace FineTune.Pipeline.Runner;

/// <summary>Stable diagnostic codes of the runner and the command line (FT9xxx). Each one is documented in README.md.</summary>
public static class RunnerCodes
{
    /// <summary>Bad command line: unknown option, missing value, unknown target.</summary>
    public const string Usage = "FT9001";

    /// <summary>A target that exists in the design but not in this version (train, evaluate).</summary>
    public const string TargetNotAvailable = "FT9002";

    /// <summary>The task graph is invalid (cycle, missing dependency, duplicate name): a bug.</summary>
    public const string InvalidGraph = "FT9003";

    /// <summary>The run was cancelled (Ctrl+C).</summary>
    public const string Cancelled = "FT9004";

    /// <summary>An unexpected internal error.</summary>
    public const string Internal = "FT9005";

    /// <summary>A report file could not be written.</summary>
    public const string ReportWrite = "FT9006";

    /// <summary>The configuration file does not exist.</summary>
    public const string ConfigNotFound = "FT9007";

    /// <summary>A dataset could not be read (I/O error while validating).</summary>
    public const string DataReadFailed = "FT9008";

    /// <summary>Warning: <c>cost --exclusive</c> estimated from data that validate would reject.</summary>
    public const string ExclusiveOnInvalidData = "FT9009";

    /// <summary><c>--compare</c>: the folder is not inside a git repository.</summary>
    public const string NotAGitRepository = "FT9010";

    /// <summary><c>--compare</c>: the git ref does not exist.</summary>
    public const string UnknownGitRef = "FT9011";

    /// <summary><c>--compare</c>: git is not installed or failed.</summary>
    public const string GitFailed = "FT9012";
}
