using FineTune.Pipeline.Evaluation.Items;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;

namespace FineTune.Pipeline.Tests.Evaluation.Scorers;

internal static class ScorerTestData
{
    public static EvalItem Item(string reference, string question = "question?", string id = "item-1")
        => new() { Id = id, Prompt = [ChatMessage.User(question)], Reference = reference };

    public static Score Run(this IScorer scorer, string answer, string reference)
        => scorer.ScoreAsync(new ScoringInput(Item(reference), answer), CancellationToken.None).GetAwaiter().GetResult();
}
