using FineTune.Pipeline.Tool.Tests.Infrastructure;

namespace FineTune.Pipeline.Tool.Tests.Packaging;

/// <summary>
/// Packs the CLI once per test class into a local folder feed and installs it with
/// <c>dotnet tool install --tool-path</c>, the way a user or the GitHub Action does.
/// The version is unique per run and NUGET_PACKAGES points at a private folder during the
/// install, so a package cached by an earlier run can never stand in for the one just packed.
/// </summary>
public sealed class ToolPackageFixture : IDisposable
{
    public const string PackageId = "FineTune.Pipeline.Tool";

    private readonly TempDirectory _temp = new("finetune-tool-tests");

    public ToolPackageFixture()
    {
        Version = $"0.0.0-tooltest.{Guid.NewGuid():N}";
        FeedDirectory = _temp.Combine("feed");
        ToolDirectory = _temp.Combine("tools");

        var project = RepositoryRoot.Combine("src", "FineTune.Pipeline.Cli", "FineTune.Pipeline.Cli.csproj");
        Pack = Dotnet(
            ["pack", project, "-c", "Release", "-o", FeedDirectory, "--artifacts-path", _temp.Combine("artifacts"),
             $"-p:Version={Version}", "-nodeReuse:false", "-v", "q"],
            RepositoryRoot.Path,
            environment: null);
        if (Pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed.\n{Pack.Describe()}");
        }

        var nugetConfig = _temp.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        Install = Dotnet(
            ["tool", "install", PackageId, "--tool-path", ToolDirectory, "--version", Version, "--configfile", nugetConfig],
            _temp.Path,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _temp.Combine("nuget-packages") });
        if (Install.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool install failed.\n{Install.Describe()}");
        }

        ExecutablePath = Path.Combine(ToolDirectory, OperatingSystem.IsWindows() ? "finetune.exe" : "finetune");
    }

    /// <summary>The unique version this fixture packed and installed.</summary>
    public string Version { get; }

    public string FeedDirectory { get; }

    public string ToolDirectory { get; }

    /// <summary>The command shim that <c>dotnet tool install</c> created.</summary>
    public string ExecutablePath { get; }

    public ProcessResult Pack { get; }

    public ProcessResult Install { get; }

    /// <summary>Runs the installed <c>finetune</c> command in <paramref name="workingDirectory"/>.</summary>
    public ProcessResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, environment: null, arguments);

    public ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        ProcessRunner.Run(ExecutablePath, arguments, workingDirectory, environment, TimeSpan.FromMinutes(2));

    public void Dispose() => _temp.Dispose();

    // pack runs in the checkout so that its global.json picks the SDK; install runs outside it.
    private static ProcessResult Dotnet(string[] arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment) =>
        ProcessRunner.Run("dotnet", arguments, workingDirectory, environment, TimeSpan.FromMinutes(8));
}
