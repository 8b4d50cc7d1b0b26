namespace FineTune.Pipeline.MSBuild.Logging;

/// <summary>
/// Decides how a diagnostic's file is shown: relative to the project folder (as the user sees it in the
/// repository) or as a full path. Relative paths coming from the core are relative to finetune.yaml's folder.
/// </summary>
internal sealed class DiagnosticPaths
{
    private readonly string _projectDirectory;
    private readonly string _configDirectory;
    private readonly bool _fullPaths;

    public DiagnosticPaths(string projectDirectory, string configDirectory, bool fullPaths)
    {
        _projectDirectory = Path.GetFullPath(projectDirectory);
        _configDirectory = Path.GetFullPath(configDirectory, _projectDirectory);
        _fullPaths = fullPaths;
    }

    /// <summary>The file as MSBuild should print it; null stays null (MSBuild then names the project).</summary>
    public string? Display(string? file)
    {
        if (string.IsNullOrEmpty(file))
        {
            return null;
        }

        var full = Path.GetFullPath(file, _configDirectory);
        if (_fullPaths)
        {
            return full;
        }

        var relative = Path.GetRelativePath(_projectDirectory, full);
        return Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }
}
