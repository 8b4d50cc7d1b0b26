using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation.Execution;

namespace FineTune.Pipeline.Evaluation.Overfitting;

/// <summary>Compares every answer of both models with the training answers. Answers under five words are not checked ("Yes." is not a copy).</summary>
public static class OverfitCheck
{
    public const int MinWords = 5;
    private const int MaxExamples = 5;

    public static OverfitReport Run(IReadOnlyList<ItemResult> results, TrainingAnswerIndex training, OverfitConfig config)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(config);
        var copies = new List<CopiedAnswer>();
        int checkedCount = 0, baselineCopies = 0;
        foreach (var result in results.Where(r => !r.Skipped))
        {
            var candidate = result.Candidate.Answers.FirstOrDefault(a => a is not null);
            if (candidate is null || candidate.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < MinWords)
            {
                continue;
            }

            checkedCount++;
            if (training.BestMatch(candidate) is { } match && match.Similarity >= config.SimilarityThreshold)
            {
                copies.Add(new CopiedAnswer(result.Item.Id, candidate, match.TrainingAnswer, match.Line, match.Similarity));
            }

            var baseline = result.Baseline.Answers.FirstOrDefault(a => a is not null);
            if (baseline is not null && training.BestMatch(baseline) is { } b && b.Similarity >= config.SimilarityThreshold)
            {
                baselineCopies++;
            }
        }

        var examples = copies.OrderByDescending(c => c.Similarity).ThenBy(c => c.ItemId, StringComparer.Ordinal).Take(MaxExamples).ToArray();
        return new OverfitReport(checkedCount, copies.Count, baselineCopies, config.SimilarityThreshold, config.WarnRate, examples);
    }
}
