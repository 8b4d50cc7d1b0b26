using System.Reflection;
using System.Text.RegularExpressions;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Evaluation;
using FineTune.Pipeline.Generation;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Tests.Runner;

/// <summary>One registry of codes across the product: each code is unique and has its row in README.md.</summary>
public sealed partial class AllDiagnosticCodesTests
{
    private static IEnumerable<string> Constants(Type holder)
        => holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => CodePattern().IsMatch(v));

    private static IReadOnlyList<(string Area, string Code)> AllCodes() =>
    [
        .. ConfigCodes.All.Select(c => ("config", c)),
        .. RuleCatalog.All.Select(r => ("data", r.Code)),
        .. Constants(typeof(TrainingCodes)).Select(c => ("training", c)),
        .. Constants(typeof(CostCodes)).Select(c => ("cost", c)),
        .. Constants(typeof(EvaluationCodes)).Select(c => ("evaluation", c)),
        .. Constants(typeof(GenerateCodes)).Select(c => ("generation", c)),
        .. Constants(typeof(RunnerCodes)).Select(c => ("runner", c)),
    ];

    [Fact]
    public void No_two_areas_share_a_code()
    {
        var clashes = AllCodes().GroupBy(c => c.Code).Where(g => g.Select(c => c.Area).Distinct().Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_code_has_a_row_in_the_README()
    {
        var readme = File.ReadAllText(Path.Combine(FineTune.Pipeline.Tests.Config.RepoFiles.Root, "README.md"));

        var missing = AllCodes().Select(c => c.Code).Distinct().Where(code => !readme.Contains($"| {code} |", StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [GeneratedRegex(@"^FT\d{4}$")]
    private static partial Regex CodePattern();
}
