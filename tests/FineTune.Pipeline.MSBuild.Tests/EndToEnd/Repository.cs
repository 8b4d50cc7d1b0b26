using System.Reflection;

namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>Where this repository is and which configuration the tests were built in (baked in at build time).</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string Project(string name) => Path.Combine(Root, "src", name, name + ".csproj");

    /// <summary>finetune.dll as built for these tests (the CLI is a build dependency of this test project).</summary>
    public static string CliAssembly => Path.Combine(Root, "src", "FineTune.Pipeline.Cli", "bin", Configuration, "net10.0", "finetune.dll");

    private static string Metadata(string key)
        => typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"assembly metadata '{key}' is missing");
}
