using FineTune.Pipeline.Testing;

namespace FineTune.Pipeline.Tests.Config;

public sealed class ConfigMessagesSnapshotTests
{
    private const string ManyMistakes = """
        # A finetune.yaml with one of each common mistake; every line below is reported at once.
        version: 2
        base_model: gpt-4o-mini
        data:
          train: data/trian.jsonl
          eval: data/eval.jsonl
          format: jsonl
          eval_split:
            fraction: 0.7
        train:
          provider: openai
          base_model: gpt-4o-mni
          epochs: three
          batch_size: 0
          learning_rate_multiplier: ${LR}
          suffix: ${RUN_ID}
        validation:
          encoding: o200k
          min_examples: 0
          maxTokensPerExample: 4096
          rules:
            FT3004: warn
            dedupe: off
        cost:
          budget_usd: -5
          currency: EUR
        openai:
          base_url: localhost:8080
          api_key: sk-proj-Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1
        train:
          epochs: 4
        """;

    [Fact]
    public void A_file_with_many_mistakes_gets_every_message_in_line_order()
    {
        using var project = new TempProject(withTrainData: false);

        var result = project.Load(ManyMistakes, new Dictionary<string, string> { ["LR"] = "fast" });

        var text = string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString()));
        Assert.DoesNotContain("Zz9Yy8", text, StringComparison.Ordinal);
        Snapshot.Verify(Snapshot.Scrub(text, project.Dir), "txt");
    }
}
