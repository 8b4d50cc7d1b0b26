using FineTune.Pipeline.Tool.Tests.Infrastructure;

namespace FineTune.Pipeline.Tool.Tests.Packaging;

/// <summary>A throwaway copy of a sample repository (an example under examples/ or a folder under TestData/).</summary>
public sealed class SampleRepository : IDisposable
{
    private readonly TempDirectory _temp = new("finetune-sample");

    private SampleRepository(string source)
    {
        CopyDirectory(source, _temp.Path);
    }

    public string Path => _temp.Path;

    public static SampleRepository FromExample(string name) =>
        new(RepositoryRoot.Combine("examples", name));

    public static SampleRepository FromTestData(string name) =>
        new(RepositoryRoot.Combine("tests", "FineTune.Pipeline.Tool.Tests", "TestData", name));

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public void Dispose() => _temp.Dispose();

    private static void CopyDirectory(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"sample repository {source} does not exist");
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
