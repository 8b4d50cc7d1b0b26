using System.Runtime.CompilerServices;

namespace FineTune.Pipeline.Tests.Config;

/// <summary>Paths of committed files, found from this source file's location (tests run from bin/).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string SchemaPath => Path.Combine(Root, "finetune.schema.json");

    public static string Docs(string name) => Path.Combine(Root, "docs", name);

    /// <summary>UPDATE_SCHEMA=1 rewrites the schema and the generated docs instead of failing.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1";

    private static string FindRoot([CallerFilePath] string here = "")
    {
        for (var dir = Path.GetDirectoryName(here); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "FineTune.Pipeline.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"FineTune.Pipeline.sln not found above {here}");
    }
}
