using System.Text.RegularExpressions;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Config.Schema;

namespace FineTune.Pipeline.Tests.Config;

public sealed partial class ConfigDocsTests
{
    private const string Begin = "<!-- keys:begin (generated: UPDATE_SCHEMA=1 dotnet test --filter Schema) -->";
    private const string End = "<!-- keys:end -->";

    [Fact]
    public void Every_configuration_code_is_documented_with_severity_meaning_and_fix()
    {
        var doc = File.ReadAllText(RepoFiles.Docs("config-diagnostics.md"));
        var documented = TableRow().Matches(doc).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(ConfigCodes.All, documented);
    }

    [Theory]
    [InlineData("docs/configuration.md")]
    [InlineData("README.md")]
    public void Schema_key_reference_in_docs_matches_the_config_types(string file)
    {
        var path = Path.Combine(RepoFiles.Root, file);
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{path} must keep the markers {Begin} and {End}");

        var table = ConfigReferenceTable.Render(ConfigSchema.Generate());
        var current = doc[(start + Begin.Length)..end].Trim('\n') + "\n";
        if (RepoFiles.Updating)
        {
            File.WriteAllText(path, doc[..(start + Begin.Length)] + "\n" + table + doc[end..]);
            return;
        }

        Assert.True(current == table, $"The key table in {file} is stale. Regenerate with: UPDATE_SCHEMA=1 dotnet test --filter Schema\n\n{table}");
    }

    [GeneratedRegex(@"^\| (FT\d{4}) \| (?:error|warning) \| [^|]+\| [^|]+\|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
