namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>
/// Packs FineTune.Pipeline.MSBuild and FineTune.Pipeline.Sdk once per test run (from the build these tests
/// were built with, so no second compilation races the test run) into a local folder feed, next to an
/// empty packages folder of its own: no package cache of an earlier run can answer for this one.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public const string Version = "0.1.0";

    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "ft-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        foreach (var project in new[] { "FineTune.Pipeline.MSBuild", "FineTune.Pipeline.Sdk" })
        {
            var pack = Dotnet.Run(Repository.Root, new Dictionary<string, string>(),
                "pack", Repository.Project(project), "--no-build", "-c", Repository.Configuration, "-o", Feed,
                "-p:PackageVersion=" + Version, "-nodeReuse:false", "-tl:off", "-v:q");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"packing {project} failed: {pack}");
            }
        }
    }

    /// <summary>Temp folder holding the feed, the packages folder and every sample project of this run.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>A new sample project folder under <see cref="Root"/>.</summary>
    public SampleProject NewProject(string name) => new(this, Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..6]));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
