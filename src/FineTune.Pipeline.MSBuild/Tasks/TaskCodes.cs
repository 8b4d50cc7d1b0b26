namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>Diagnostic codes of the MSBuild front door (FT95xx, inside the runner/usage range FT9xxx).</summary>
public static class TaskCodes
{
    /// <summary>The tasks need the .NET SDK's MSBuild (<c>dotnet build</c>); .NET Framework MSBuild skips them.</summary>
    public const string UnsupportedMSBuild = "FT9501";

    /// <summary>A task failed unexpectedly: a bug, reported as one error instead of a stack trace.</summary>
    public const string InternalError = "FT9502";

    /// <summary>The <c>finetune</c> tool could not be found or started.</summary>
    public const string ToolNotFound = "FT9503";

    /// <summary>The <c>finetune</c> tool failed without reporting a diagnostic of its own.</summary>
    public const string ToolFailed = "FT9504";

    /// <summary>The persisted results of the last validation could not be read.</summary>
    public const string ResultsUnreadable = "FT9505";
}
