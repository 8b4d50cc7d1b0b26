namespace FineTune.Pipeline.MSBuild.Tests.Fakes;

/// <summary>A fact that needs a POSIX shell (the fake tool is a shell script); skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a POSIX shell";
        }
    }
}
