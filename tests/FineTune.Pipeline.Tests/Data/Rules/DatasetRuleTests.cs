using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Data.Rules;

public sealed class DatasetRuleTests
{
    [Fact]
    public void Fewer_examples_than_the_minimum_is_FT3008_on_the_file()
    {
        using var data = new TempDataset().Train(Examples.Chat(1), Examples.Chat(2));

        var d = data.Validate(data.Config() with { Validation = new ValidationConfig { MinExamples = 10 } }).Single("FT3008");

        Assert.Equal((Severity.Error, 0, "train.jsonl"), (d.Severity, d.Line, d.File));
        Assert.Contains("2 valid examples", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_duplicate_is_FT3010_naming_the_first_line()
    {
        using var data = new TempDataset().Train(Examples.Chat(1), Examples.Chat(2), Examples.Chat(1));

        var d = data.Validate().Single("FT3010");

        Assert.Equal(3, d.Line);
        Assert.Contains("duplicates line 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reformatted_json_is_still_an_exact_duplicate()
    {
        var spaced = """{ "messages" : [ {"content":"You are a support agent.","role":"system"}, {"role":"user","content":"Question number 1?"}, {"role":"assistant","content":"Answer number 1."} ] }""";
        using var data = new TempDataset().Train(Examples.Chat(1), spaced);

        Assert.Equal(2, data.Validate().Single("FT3010").Line);
    }

    [Fact]
    public void Case_and_whitespace_variant_is_FT3011()
    {
        var variant = Examples.Chat(1).Replace("Question number", "question   NUMBER", StringComparison.Ordinal);
        using var data = new TempDataset().Train(Examples.Chat(1), variant);

        var outcome = data.Validate();

        Assert.Contains("line 1", outcome.Single("FT3011").Message, StringComparison.Ordinal);
        outcome.Lacks("FT3010");
    }

    [Fact]
    public void Eval_example_also_in_train_is_FT3012_on_the_eval_line()
    {
        using var data = new TempDataset().Train(Examples.Chat(1), Examples.Chat(2)).Eval(Examples.Chat(3), Examples.Chat(2));

        var d = data.Validate(data.Config(withEval: true)).Single("FT3012");

        Assert.Equal(("eval.jsonl", 2), (d.File, d.Line));
        Assert.Contains("line 2 of train.jsonl", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_prompt_also_in_train_is_FT3013()
    {
        var samePromptOtherReply = Examples.Chat(2).Replace("Answer number 2.", "A different answer.", StringComparison.Ordinal);
        using var data = new TempDataset().Train(Examples.Chat(1), Examples.Chat(2)).Eval(samePromptOtherReply);

        var outcome = data.Validate(data.Config(withEval: true));

        var d = outcome.Single("FT3013");
        Assert.Equal(("eval.jsonl", 1), (d.File, d.Line));
        Assert.Contains("line 2 of train.jsonl", d.Message, StringComparison.Ordinal);
        outcome.Lacks("FT3012");
    }

    [Fact]
    public void Extra_system_prompts_are_FT3015_once_per_variant_with_counts()
    {
        using var data = new TempDataset().Train(
            Examples.Chat(1), Examples.Chat(2, "Be brief."), Examples.Chat(3), Examples.Chat(4, "Be brief."), Examples.Chat(5, "Be formal."));

        var outcome = data.Validate();

        var found = outcome.WithCode("FT3015");
        Assert.Equal([2, 5], found.Select(d => d.Line));
        Assert.Contains("variant #2 of 3", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("(2 examples;", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("#1 from line 1: 2 examples", found[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, outcome.Train.SystemPromptVariants);
    }

    [Fact]
    public void Allowed_number_of_system_prompts_is_not_drift()
    {
        using var data = new TempDataset().Train(Examples.Chat(1), Examples.Chat(2, "Be brief."));

        data.Validate(data.Config() with { Validation = new ValidationConfig { MinExamples = 1, MaxSystemPromptVariants = 2 } }).Lacks("FT3015");
    }

    [Fact]
    public void Empty_eval_file_is_FT3016()
    {
        using var data = new TempDataset().Train(Examples.Chat(1)).Eval("[1]");

        var d = data.Validate(data.Config(withEval: true)).Single("FT3016");

        Assert.Equal(("eval.jsonl", 0), (d.File, d.Line));
    }

    [Fact]
    public void Findings_past_the_cap_are_counted_in_one_FT1014_line()
    {
        using var data = new TempDataset().Train([.. Enumerable.Range(0, 130).Select(_ => "[]")]);

        var outcome = data.Validate();

        Assert.Equal(100, outcome.WithCode("FT2001").Count);
        Assert.Contains("130 findings of FT2001", outcome.Single("FT1014").Message, StringComparison.Ordinal);
    }
}
