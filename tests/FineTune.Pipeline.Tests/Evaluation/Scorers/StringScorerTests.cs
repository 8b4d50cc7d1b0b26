using System.Text.RegularExpressions;
using FineTune.Pipeline.Evaluation.Scorers;

namespace FineTune.Pipeline.Tests.Evaluation.Scorers;

public sealed class StringScorerTests
{
    [Theory]
    [InlineData("Paris", "Paris", false, false, 1)]
    [InlineData("  Paris \n", "Paris", false, false, 1)]
    [InlineData("paris", "Paris", false, false, 0)]
    [InlineData("paris", "Paris", true, false, 1)]
    [InlineData("Paris.", "Paris", true, false, 0)]
    [InlineData("Paris.", "paris", true, true, 1)]
    public void Exact_match_applies_the_normalisation_options(string answer, string reference, bool ignoreCase, bool ignorePunctuation, double expected)
    {
        var scorer = new ExactMatchScorer("em", 1, new TextNormalizer(ignoreCase, true, ignorePunctuation));

        Assert.Equal(expected, scorer.Run(answer, reference).Value);
    }

    [Fact]
    public void Contains_needs_every_value_and_defaults_to_the_reference()
    {
        var normalizer = new TextNormalizer(IgnoreCase: true);
        var values = new ContainsScorer("c", 1, ["refund", "30 days"], false, normalizer);
        var reference = new ContainsScorer("c", 1, [], false, normalizer);

        Assert.Equal(1, values.Run("A Refund is possible within 30 days.", "x").Value);
        var missing = values.Run("A refund is possible.", "x");
        Assert.Equal(0, missing.Value);
        Assert.Equal("missing \"30 days\"", missing.Detail);
        Assert.Equal(1, reference.Run("The answer is 42, of course", "42").Value);
    }

    [Fact]
    public void Not_contains_passes_only_when_no_value_appears()
    {
        var scorer = new ContainsScorer("nc", 1, ["as an AI"], true, new TextNormalizer(IgnoreCase: true));

        Assert.Equal(1, scorer.Run("Sure, here it is.", "x").Value);
        Assert.Equal(0, scorer.Run("As an AI, I cannot.", "x").Value);
    }

    [Fact]
    public void Regex_scores_a_match()
    {
        var scorer = new RegexScorer("r", 1, new Regex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.None, TimeSpan.FromSeconds(1)));

        Assert.Equal(1, scorer.Run("2024-05-01", "x").Value);
        Assert.Equal(0, scorer.Run("May 1st", "x").Value);
    }

    [Fact]
    public void Token_f1_matches_a_hand_computed_value()
    {
        // answer: the cat sat (3), reference: the cat sat down quietly (5); overlap 3 → P = 1, R = .6, F1 = .75
        Assert.Equal(0.75, TokenF1Scorer.F1("The cat, sat!", "the cat sat down quietly"), 12);
        Assert.Equal(0, TokenF1Scorer.F1("dog", "cat"));
        Assert.Equal(1, TokenF1Scorer.F1(string.Empty, "  "));
    }

    [Fact]
    public void Token_f1_counts_repeated_words_once_per_occurrence()
        => Assert.Equal(2 * 0.5 * 1 / 1.5, TokenF1Scorer.F1("yes yes", "yes"), 12);

    [Fact]
    public void Rouge_l_uses_the_longest_common_subsequence_of_words()
    {
        // LCS("police killed the gunman", "the gunman police killed") = 2 ("police killed" or "the gunman"); P = R = .5
        Assert.Equal(0.5, RougeLScorer.RougeL("police killed the gunman", "the gunman police killed"), 12);

        // LCS("a b c d", "a x c y d z") = 3 (a c d): P = 3/4, R = 3/6, F = 2·.75·.5/1.25 = .6
        Assert.Equal(0.6, RougeLScorer.RougeL("a b c d", "a x c y d z"), 12);
    }

    [Fact]
    public void Edit_similarity_is_one_minus_levenshtein_over_the_longer_length()
    {
        // kitten → sitting: distance 3, longer length 7.
        Assert.Equal(1 - (3.0 / 7), EditSimilarity.Compute("kitten", "sitting"), 12);
        Assert.Equal(1, EditSimilarity.Compute(string.Empty, string.Empty));
        Assert.Equal(0.5, EditSimilarity.Compute("ab😀c", "xy😀c"), 12);
    }

    [Fact]
    public void Word_tokenizer_lowercases_and_splits_on_punctuation()
        => Assert.Equal(["don", "t", "stop", "ça", "42"], WordTokenizer.Tokenize("Don't STOP — ça, 42!"));
}
