using System.Text.RegularExpressions;
using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Data;

public sealed partial class RuleCatalogTests
{
    [Fact]
    public void Codes_are_unique_well_formed_and_in_their_range()
    {
        var codes = RuleCatalog.All.Select(r => r.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(RuleCatalog.All, rule =>
        {
            Assert.Matches(CodePattern(), rule.Code);
            Assert.Contains(rule.Code[2], "1234");
            Assert.NotEqual(Severity.Off, rule.DefaultSeverity);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
            Assert.EndsWith(".", rule.Description, StringComparison.Ordinal);
            Assert.EndsWith(".", rule.HowToFix, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_cookbook_checks_keep_their_names()
    {
        string[] cookbook = ["data_type", "missing_messages_list", "message_missing_key", "message_unrecognized_key", "unrecognized_role", "missing_content", "example_missing_assistant_message"];

        Assert.All(cookbook, title => Assert.Contains(RuleCatalog.All, r => r.Title == title && r.Code.StartsWith("FT2", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_code_is_exercised_by_a_data_test()
    {
        var tests = Path.Combine(RepositoryRoot(), "tests", "FineTune.Pipeline.Tests", "Data");
        var text = string.Concat(Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.All(RuleCatalog.All, rule => Assert.Contains($"\"{rule.Code}\"", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_is_case_insensitive_and_null_for_unknown_codes()
    {
        Assert.Equal("unrecognized_role", RuleCatalog.Find("ft2005")!.Title);
        Assert.Null(RuleCatalog.Find("FT9999"));
    }

    [Fact]
    public void Diagnostics_doc_is_generated_from_the_catalog()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "diagnostics.md");
        var expected = DiagnosticsDoc();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/diagnostics.md is missing; run the tests with UPDATE_SNAPSHOTS=1");
        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    private static string DiagnosticsDoc() =>
        "# Data diagnostics\n\n"
        + "Every finding of `finetune validate` about a dataset has a stable code. Severities can be changed per project:\n\n"
        + "```yaml\nvalidation:\n  rules:\n    FT3010: off      # allow duplicates\n    FT4101: error    # fail on email addresses\n```\n\n"
        + "Columns count characters (Unicode scalar values) from 1; line 0 means the whole file. Secrets are never printed: "
        + "findings show a redacted prefix such as `sk-proj-…(redacted)`.\n\n"
        + "Ranges: FT1xxx file, encoding, lines and JSON · FT2xxx example structure (the OpenAI cookbook's checks, tools, DPO) · "
        + "FT3xxx content quality, limits, duplicates, leakage and drift · FT4xxx secrets and personal data.\n\n"
        + RuleCatalog.ToMarkdownTable();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FineTune.Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex("^FT[0-9]{4}$")]
    private static partial Regex CodePattern();
}
