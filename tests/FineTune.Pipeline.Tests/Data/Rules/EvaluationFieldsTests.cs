namespace FineTune.Pipeline.Tests.Data.Rules;

public sealed class EvaluationFieldsTests
{
    private const string Tagged = """{"id":"q1","tags":["billing"],"group":"c7","metadata":{"source":"tickets"},"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}""";

    [Fact]
    public void The_evaluation_fields_are_expected_in_the_eval_file()
    {
        using var data = new TempDataset().Train(Tagged).Eval(Tagged.Replace("hi", "hey", StringComparison.Ordinal));

        var outcome = data.Validate(data.Config(withEval: true));

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "FT2016" && d.File!.EndsWith("eval.jsonl", StringComparison.Ordinal));
        Assert.Equal(4, outcome.Diagnostics.Count(d => d.Code == "FT2016" && d.File!.EndsWith("train.jsonl", StringComparison.Ordinal)));
    }
}
