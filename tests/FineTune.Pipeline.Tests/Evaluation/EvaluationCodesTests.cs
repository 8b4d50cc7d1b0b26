using System.Reflection;
using FineTune.Pipeline.Evaluation;

namespace FineTune.Pipeline.Tests.Evaluation;

public sealed class EvaluationCodesTests
{
    [Fact]
    public void Every_evaluation_code_is_distinct_in_its_range_and_has_a_row_in_the_README_and_the_docs()
    {
        var codes = typeof(EvaluationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "FineTune.Pipeline.sln")))
        {
            root = root.Parent!;
        }

        var readme = File.ReadAllText(Path.Combine(root.FullName, "README.md"));
        var docs = File.ReadAllText(Path.Combine(root.FullName, "docs", "evaluation.md"));

        Assert.Equal(17, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(@"^FT7\d{3}$", code));
        Assert.All(codes, code => Assert.Contains($"| {code} |", readme, StringComparison.Ordinal));
        Assert.All(codes, code => Assert.Contains($"| {code} |", docs, StringComparison.Ordinal));
    }
}
