namespace FineTune.Pipeline.Reporting;

/// <summary>The <c>verdict</c> values of report.json.</summary>
public static class Verdicts
{
    public const string Pass = "pass";
    public const string Fail = "fail";
    public const string Error = "error";

    /// <summary>pass for exit code 0, fail for 1 (a gate), error for anything else.</summary>
    public static string FromExitCode(int exitCode) => exitCode switch
    {
        0 => Pass,
        1 => Fail,
        _ => Error,
    };
}
