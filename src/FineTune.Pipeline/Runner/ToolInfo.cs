using System.Reflection;

namespace FineTune.Pipeline.Runner;

/// <summary>The tool's name and version (from the assembly's informational version, without the commit suffix).</summary>
public static class ToolInfo
{
    public const string Name = "finetune";

    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
