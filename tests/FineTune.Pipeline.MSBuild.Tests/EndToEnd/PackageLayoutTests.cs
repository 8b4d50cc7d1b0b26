using System.IO.Compression;
using System.Xml.Linq;

namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

[Collection(EndToEndGroup.Name)]
public sealed class PackageLayoutTests(PackageFeed feed)
{
    private IReadOnlyList<string> Entries(string id)
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath(id));
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    private XElement Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath(id));
        using var stream = zip.GetEntry(id + ".nuspec")!.Open();
        return XElement.Load(stream).Elements().Single(e => e.Name.LocalName == "metadata");
    }

    [Fact]
    public void The_task_package_has_build_props_and_targets_and_the_task_closure_under_tools_and_no_lib()
    {
        var entries = Entries("FineTune.Pipeline.MSBuild");

        Assert.Contains("build/FineTune.Pipeline.MSBuild.props", entries);
        Assert.Contains("build/FineTune.Pipeline.MSBuild.targets", entries);
        Assert.Contains("tools/net10.0/FineTune.Pipeline.MSBuild.dll", entries);
        Assert.Contains("tools/net10.0/FineTune.Pipeline.MSBuild.deps.json", entries);
        Assert.Contains("tools/net10.0/FineTune.Pipeline.dll", entries);
        Assert.Contains("tools/net10.0/YamlDotNet.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_task_package_leaves_the_Microsoft_Build_assemblies_to_the_running_engine()
    {
        Assert.DoesNotContain(Entries("FineTune.Pipeline.MSBuild"), e => Path.GetFileName(e).StartsWith("Microsoft.Build", StringComparison.Ordinal));
    }

    [Fact]
    public void The_task_package_is_a_development_dependency_without_dependencies()
    {
        var metadata = Nuspec("FineTune.Pipeline.MSBuild");

        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies");
    }

    [Fact]
    public void The_sdk_package_is_an_MSBuild_sdk_with_props_targets_and_its_version()
    {
        var entries = Entries("FineTune.Pipeline.Sdk");
        var packageTypes = Nuspec("FineTune.Pipeline.Sdk").Elements().Single(e => e.Name.LocalName == "packageTypes");

        Assert.Contains("Sdk/Sdk.props", entries);
        Assert.Contains("Sdk/Sdk.targets", entries);
        Assert.Contains("Sdk/FineTune.Pipeline.Sdk.Version.props", entries);
        Assert.Equal("MSBuildSdk", packageTypes.Elements().Single().Attribute("name")?.Value);
    }
}
