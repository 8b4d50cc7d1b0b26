namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>
/// A project folder written the way docs/msbuild.md tells users to: a nuget.config with the local feed and
/// nuget.org, finetune.yaml and the data. Empty Directory.Build.* files keep the repository's build settings out.
/// </summary>
public sealed class SampleProject
{
    private readonly PackageFeed _feed;

    internal SampleProject(PackageFeed feed, string directory)
    {
        _feed = feed;
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
        Write("Directory.Build.props", "<Project />\n");
        Write("Directory.Build.targets", "<Project />\n");
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{feed.Packages}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    public string Directory { get; }

    public string File(string relative) => Path.Combine(Directory, relative);

    public string Write(string relative, string content)
    {
        var path = File(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary><c>dotnet build</c> with the switches CI uses: no node reuse, no shared compiler server, classic logger.</summary>
    public DotnetResult Build(params string[] arguments)
        => Dotnet.Run(Directory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = _feed.Packages },
            ["build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off", .. arguments]);
}
