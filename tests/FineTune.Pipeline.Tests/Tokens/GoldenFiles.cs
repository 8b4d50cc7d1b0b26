using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FineTune.Pipeline.Tests.Tokens;

/// <summary>
/// Reads the committed goldens in <c>Golden/</c> (made by <c>Golden/generate-golden.mjs</c> with tiktoken 1.0.22).
/// </summary>
internal static class GoldenFiles
{
    public static IReadOnlyList<GoldenText> Texts(string fileName)
    {
        using JsonDocument document = Read(fileName);
        return document.RootElement.EnumerateArray()
            .Select(row => new GoldenText(
                row.GetProperty("id").GetString()!,
                row.GetProperty("text").GetString()!,
                row.GetProperty("o200k_base").GetInt32(),
                row.GetProperty("cl100k_base").GetInt32()))
            .ToList();
    }

    public static JsonDocument Read(string fileName) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory(), "Golden", fileName)));

    private static string Directory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
