using System.Text.RegularExpressions;

namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>
/// The copy-paste snippets of docs/msbuild.md, found by the <c>&lt;!-- snippet: name --&gt;</c> comment that
/// precedes each fenced block. The end-to-end tests build exactly what the documentation shows.
/// </summary>
internal static partial class DocSnippets
{
    private static readonly Lazy<Dictionary<string, string>> All = new(Load);

    public static string DocumentPath => Path.Combine(Repository.Root, "docs", "msbuild.md");

    public static string Get(string name)
        => All.Value.TryGetValue(name, out var text)
            ? text
            : throw new InvalidOperationException($"docs/msbuild.md has no snippet '{name}' (known: {string.Join(", ", All.Value.Keys)}).");

    /// <summary>The project snippet with <paramref name="addition"/> inserted before its closing tag.</summary>
    public static string ProjectWith(string name, string addition)
    {
        var project = Get(name);
        var end = project.LastIndexOf("</Project>", StringComparison.Ordinal);
        return project[..end] + addition.TrimEnd() + "\n" + project[end..];
    }

    private static Dictionary<string, string> Load()
    {
        var text = File.ReadAllText(DocumentPath).ReplaceLineEndings("\n");
        return SnippetPattern().Matches(text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[\w-]+) -->\n```[\w-]*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
