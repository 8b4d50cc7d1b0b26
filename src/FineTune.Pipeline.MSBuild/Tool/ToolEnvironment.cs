namespace FineTune.Pipeline.MSBuild.Tool;

/// <summary>What tool resolution looks at: PATH, the dotnet host that runs the build, the working folder.</summary>
internal sealed record ToolEnvironment(string? PathVariable, string? DotnetHostPath, string WorkingDirectory)
{
    public static ToolEnvironment FromProcess(string workingDirectory) => new(
        Environment.GetEnvironmentVariable("PATH"),
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
        workingDirectory);

    /// <summary>Full path of <paramref name="program"/> in the first PATH folder that has it (with .exe on Windows), or null.</summary>
    public string? FindOnPath(string program)
    {
        if (string.IsNullOrEmpty(PathVariable))
        {
            return null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".cmd", program } : [program];
        foreach (var folder in PathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder.Trim('"'), name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
