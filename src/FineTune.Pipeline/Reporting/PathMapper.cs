namespace FineTune.Pipeline.Reporting;

/// <summary>
/// Shows file paths the way each audience needs them: relative to finetune.yaml's folder in the
/// reports, to the working directory on the console (so editors can open them), and to
/// <c>GITHUB_WORKSPACE</c> in annotations. Never an absolute machine path where a relative one works.
/// </summary>
public sealed class PathMapper
{
    private readonly string _configDirectory;
    private readonly string _workingDirectory;
    private readonly string _workspace;

    public PathMapper(string configDirectory, string workingDirectory, string? workspace = null)
    {
        ArgumentNullException.ThrowIfNull(configDirectory);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        _configDirectory = Path.GetFullPath(configDirectory);
        _workingDirectory = Path.GetFullPath(workingDirectory);
        _workspace = Path.GetFullPath(workspace ?? workingDirectory);
    }

    /// <summary>
    /// The absolute path of a diagnostic's file. Relative paths are taken against the config folder,
    /// unless only the working directory has such a file.
    /// </summary>
    public string Resolve(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Path.IsPathRooted(file))
        {
            return Path.GetFullPath(file);
        }

        var fromConfig = Path.GetFullPath(file, _configDirectory);
        var fromWorkingDirectory = Path.GetFullPath(file, _workingDirectory);
        return !File.Exists(fromConfig) && File.Exists(fromWorkingDirectory) ? fromWorkingDirectory : fromConfig;
    }

    /// <summary>For report.json and summary.md: relative to the config folder.</summary>
    public string? ForReport(string? file) => file is null ? null : Relative(_configDirectory, Resolve(file));

    /// <summary>For console lines: relative to the working directory when inside it, else absolute.</summary>
    public string? ForConsole(string? file) => file is null ? null : Inside(_workingDirectory, Resolve(file));

    /// <summary>For GitHub annotations: relative to the workspace (the repository root in Actions).</summary>
    public string? ForGitHub(string? file) => file is null ? null : Relative(_workspace, Resolve(file));

    /// <summary>A folder or file for people to read on the console.</summary>
    public string Display(string path) => Inside(_workingDirectory, Path.GetFullPath(path, _workingDirectory));

    private static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

    private static string Inside(string root, string full)
    {
        var relative = Path.GetRelativePath(root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }
}
