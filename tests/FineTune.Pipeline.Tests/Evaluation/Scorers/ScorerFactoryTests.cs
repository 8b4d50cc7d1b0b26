using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Tests.Evaluation.Scorers;

public sealed class ScorerFactoryTests
{
    [Fact]
    public async Task Every_type_builds_with_its_required_settings()
    {
        var dir = Directory.CreateTempSubdirectory("ft-scorers").FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "answer.schema.json"), """{"type":"object"}""");
        var configs = new ScorerConfig[]
        {
            new() { Type = "exact_match" }, new() { Type = "contains" }, new() { Type = "not_contains", Values = ["sorry"] },
            new() { Type = "regex", Pattern = "^ok" }, new() { Type = "json_valid" }, new() { Type = "json_equal" }, new() { Type = "json_schema", Schema = "answer.schema.json" },
            new() { Type = "rouge_l" }, new() { Type = "token_f1", Weight = 2 }, new() { Type = "edit_similarity" },
            new() { Type = "judge" }, new() { Type = "pairwise_judge" },
        };

        var (scorers, diagnostics) = await ScorerFactory.CreateAsync(configs, dir, new ScriptedChatModel("j", (_, _) => string.Empty), new GenerationSettings());

        Assert.Empty(diagnostics);
        Assert.Equal(11, scorers!.Pointwise.Count);
        Assert.Single(scorers.Pairwise);
        Assert.Equal(ScorerFactory.Types.Order(StringComparer.Ordinal), scorers.Names.Order(StringComparer.Ordinal));
        Assert.True(scorers.NeedsJudge);
    }

    [Fact]
    public async Task All_configuration_problems_are_reported_together()
    {
        var configs = new ScorerConfig[]
        {
            new() { Type = "regex", Pattern = "(unclosed" },
            new() { Type = "json_schema", Schema = "missing.json" },
            new() { Type = "judge" },
            new() { Type = "bleu" },
            new() { Type = "token_f1", Name = "f1" }, new() { Type = "rouge_l", Name = "f1" },
            new() { Type = "not_contains" },
        };

        var (scorers, diagnostics) = await ScorerFactory.CreateAsync(configs, Path.GetTempPath(), null, new GenerationSettings(), "finetune.yaml");

        Assert.Null(scorers);
        Assert.All(diagnostics, d => Assert.Equal("FT7003", d.Code));
        Assert.Collection(
            diagnostics.Select(d => d.Message),
            m => Assert.StartsWith("evaluate.scorers[0] (regex): pattern /(unclosed/ is not a valid", m, StringComparison.Ordinal),
            m => Assert.StartsWith("evaluate.scorers[1] (json_schema): schema file 'missing.json' does not exist", m, StringComparison.Ordinal),
            m => Assert.Equal("evaluate.scorers[2] (judge): an LLM judge needs 'evaluate.judge.model'.", m),
            m => Assert.StartsWith("evaluate.scorers[3] (bleu): unknown type 'bleu'; use one of exact_match,", m, StringComparison.Ordinal),
            m => Assert.Equal("evaluate.scorers[5] (f1): the name 'f1' is used twice; give each scorer a distinct 'name'.", m),
            m => Assert.Equal("evaluate.scorers[6] (not_contains): not_contains needs 'values': the texts the answer must not contain.", m));
    }
}
