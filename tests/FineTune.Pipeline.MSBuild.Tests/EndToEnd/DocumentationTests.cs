using System.Reflection;
using FineTune.Pipeline.MSBuild.Tasks;

namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

public sealed class DocumentationTests
{
    [Fact]
    public void Every_code_of_the_MSBuild_front_door_has_a_row_in_the_docs()
    {
        var codes = typeof(TaskCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        var docs = File.ReadAllText(DocSnippets.DocumentPath);

        Assert.Equal(5, codes.Count);
        Assert.All(codes, code => Assert.Contains($"| {code} |", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void The_targets_use_the_documented_unsupported_code()
    {
        var targets = File.ReadAllText(Path.Combine(Repository.Root, "src", "FineTune.Pipeline.MSBuild", "build", "FineTune.Pipeline.MSBuild.targets"));

        Assert.Contains($"Code=\"{TaskCodes.UnsupportedMSBuild}\"", targets, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("package-reference")]
    [InlineData("data-only-project")]
    [InlineData("results-target")]
    [InlineData("nowarn")]
    [InlineData("warnaserror")]
    [InlineData("settings")]
    [InlineData("tool-command")]
    public void The_docs_have_the_snippets_the_tests_build(string name)
        => Assert.NotEmpty(DocSnippets.Get(name));
}
