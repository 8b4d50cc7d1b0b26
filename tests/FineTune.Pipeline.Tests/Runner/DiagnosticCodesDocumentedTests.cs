using System.Reflection;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Tests.Runner;

public sealed class DiagnosticCodesDocumentedTests
{
    private static IEnumerable<string> Codes(Type holder)
        => holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    private static string Readme()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FineTune.Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Combine(directory!.FullName, "README.md"));
    }

    [Fact]
    public void Every_cost_and_runner_code_is_distinct_and_has_a_row_in_the_README()
    {
        var codes = Codes(typeof(CostCodes)).Concat(Codes(typeof(RunnerCodes))).ToList();
        var readme = Readme();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(@"^FT[69]\d{3}$", code));
        Assert.All(codes, code => Assert.Contains($"| {code} |", readme, StringComparison.Ordinal));
    }
}
