using System.IO.Compression;

namespace FineTune.Pipeline.Tool.Tests.Packaging;

/// <summary>The package a user gets from <c>dotnet tool install</c>, and the command it puts on the path.</summary>
[Collection(InstalledToolGroup.Name)]
public sealed class ToolInstallTests(ToolPackageFixture tool)
{
    [Fact]
    public void Package_is_a_dotnet_tool_whose_command_is_finetune()
    {
        var package = Path.Combine(tool.FeedDirectory, $"{ToolPackageFixture.PackageId}.{tool.Version}.nupkg");
        Assert.True(File.Exists(package), $"{package} was not packed. Feed holds: {string.Join(", ", Directory.GetFiles(tool.FeedDirectory))}");

        using var zip = ZipFile.OpenRead(package);
        var settings = zip.Entries.SingleOrDefault(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        Assert.NotNull(settings);
        using var reader = new StreamReader(settings.Open());
        var xml = reader.ReadToEnd();
        Assert.Contains("Name=\"finetune\"", xml, StringComparison.Ordinal);
        Assert.Contains("EntryPoint=\"finetune.dll\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void Install_puts_a_finetune_command_in_the_tool_path()
    {
        Assert.True(File.Exists(tool.ExecutablePath), $"no command shim at {tool.ExecutablePath}.\n{tool.Install.Describe()}");
        Assert.Contains("finetune", tool.Install.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_option_prints_the_installed_version_and_exits_0()
    {
        var result = tool.Run(tool.ToolDirectory, "--version");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains(tool.Version, result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_option_lists_the_targets_and_exits_0()
    {
        var result = tool.Run(tool.ToolDirectory, "--help");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("validate", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("cost", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_target_is_bad_usage_exit_2_naming_the_target()
    {
        var result = tool.Run(tool.ToolDirectory, "no-such-target");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("no-such-target", result.StdOut + result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_config_file_is_bad_configuration_exit_2_without_a_stack_trace()
    {
        var result = tool.Run(tool.ToolDirectory, "validate", "-c", "does-not-exist.yaml");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("does-not-exist.yaml", result.StdOut + result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }
}
