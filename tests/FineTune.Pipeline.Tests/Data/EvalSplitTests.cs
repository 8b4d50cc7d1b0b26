using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Splitting;

namespace FineTune.Pipeline.Tests.Data;

public sealed class EvalSplitTests
{
    private static readonly EvalSplitConfig Split = new() { Fraction = 0.2, Seed = "s1" };

    [Fact]
    public void Adding_and_reordering_examples_never_moves_existing_ones()
    {
        var splitter = new EvalSplitter(Split);
        var original = Enumerable.Range(0, 300).Select(i => Examples.Chat(i)).ToList();
        var before = original.ToDictionary(line => line, splitter.IsEval);

        var grown = original.Concat(Enumerable.Range(300, 300).Select(i => Examples.Chat(i))).Reverse().ToList();
        var again = new EvalSplitter(Split);

        Assert.All(original, line => Assert.Equal(before[line], again.IsEval(grown[grown.IndexOf(line)])));
        var share = grown.Count(again.IsEval) / (double)grown.Count;
        Assert.InRange(share, 0.14, 0.26);
    }

    [Fact]
    public void Another_seed_draws_another_split_and_formatting_does_not_matter()
    {
        var lines = Enumerable.Range(0, 200).Select(i => Examples.Chat(i)).ToList();
        var a = new EvalSplitter(Split);
        var b = new EvalSplitter(Split with { Seed = "s2" });

        Assert.NotEqual(lines.Select(a.IsEval), lines.Select(b.IsEval));
        Assert.Equal(a.IsEval(Examples.Chat(7)), a.IsEval(Examples.Chat(7).Replace(",", " , ", StringComparison.Ordinal)));
        Assert.False(a.IsEval("not json"));
    }

    [Fact]
    public void Validation_splits_train_by_the_same_rule_and_reports_eval_from_split()
    {
        var lines = Enumerable.Range(0, 200).Select(i => Examples.Chat(i)).ToArray();
        using var data = new TempDataset().Train(lines);
        var config = data.Config() with { Data = new DataConfig { Train = "train.jsonl", EvalSplit = Split } };

        var outcome = data.Validate(config);

        var splitter = new EvalSplitter(Split);
        var evalCount = lines.Count(splitter.IsEval);
        Assert.NotNull(outcome.Eval);
        Assert.True(outcome.Eval!.FromSplit);
        Assert.Equal(evalCount, outcome.Eval.Examples);
        Assert.Equal(200 - evalCount, outcome.Train.Examples);
        Assert.Equal(64, outcome.Eval.Sha256.Length);
        Assert.NotEqual(outcome.Train.Sha256, outcome.Eval.Sha256);
        var read = splitter.Read(data.PathOf("train.jsonl")).ToList();
        Assert.Equal(Enumerable.Range(1, 200), read.Select(l => l.Line));
        Assert.Equal(evalCount, read.Count(l => l.IsEval));
        Assert.Equal(lines[4], read[4].Json);
    }

    [Fact]
    public void Eval_examples_are_left_out_of_train_billing()
    {
        var lines = Enumerable.Range(0, 100).Select(i => Examples.Chat(i)).ToArray();
        using var data = new TempDataset().Train(lines);
        var all = data.Validate().Train.Tokens.Total;

        var split = data.Validate(data.Config() with { Data = new DataConfig { Train = "train.jsonl", EvalSplit = Split } });

        Assert.Equal(all, split.Train.Tokens.Total + split.Eval!.Tokens.Total);
        Assert.Equal(split.Train.Tokens.Total, split.Train.Tokens.Billing);
    }
}
