namespace FineTune.Pipeline.Lora.Tests;

/// <summary>The checkout the tests run from (the folder of FineTune.Pipeline.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(System.IO.Path.Combine(dir, "FineTune.Pipeline.sln")))
        {
            dir = System.IO.Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        }

        return dir;
    }
}
