namespace FineTune.Pipeline.MSBuild.Tool;

/// <summary>
/// How to start the <c>finetune</c> tool: an executable and the arguments that come before the target.
/// Resolution order: an explicit path (<c>FineTuneToolPath</c>, an executable or a .dll run with
/// <c>dotnet exec</c>), an explicit command line (<c>FineTuneToolCommand</c>), <c>finetune</c> on PATH,
/// and finally <c>dotnet tool run finetune</c> (a local tool manifest).
/// </summary>
internal sealed record ToolCommand(string Executable, IReadOnlyList<string> PrefixArguments)
{
    public const string ToolName = "finetune";

    public static ToolCommand Resolve(string? toolPath, string? command, ToolEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(toolPath))
        {
            var full = Path.GetFullPath(toolPath, environment.WorkingDirectory);
            if (!File.Exists(full))
            {
                throw new ToolNotFoundException($"FineTuneToolPath '{toolPath}' does not exist (looked for '{full}').");
            }

            return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                ? new ToolCommand(Dotnet(environment), ["exec", full])
                : new ToolCommand(full, []);
        }

        if (!string.IsNullOrWhiteSpace(command))
        {
            var words = CommandLineWords.Split(command);
            return new ToolCommand(Locate(words[0], environment), [.. words.Skip(1)]);
        }

        var onPath = environment.FindOnPath(ToolName);
        return onPath is not null
            ? new ToolCommand(onPath, [])
            : new ToolCommand(Dotnet(environment), ["tool", "run", ToolName]);
    }

    private static string Locate(string program, ToolEnvironment environment)
    {
        if (string.Equals(program, "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return Dotnet(environment);
        }

        if (Path.IsPathRooted(program) || program.Contains('/', StringComparison.Ordinal) || program.Contains('\\', StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(program, environment.WorkingDirectory);
            return File.Exists(full) ? full : throw new ToolNotFoundException($"FineTuneToolCommand names '{program}', which does not exist.");
        }

        return environment.FindOnPath(program)
            ?? throw new ToolNotFoundException($"FineTuneToolCommand names '{program}', which is not on PATH.");
    }

    private static string Dotnet(ToolEnvironment environment)
        => environment.DotnetHostPath is { Length: > 0 } host && File.Exists(host)
            ? host
            : environment.FindOnPath("dotnet") ?? throw new ToolNotFoundException("the dotnet host was not found (DOTNET_HOST_PATH is unset and dotnet is not on PATH).");
}
