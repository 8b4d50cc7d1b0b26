using FineTune.Pipeline.Evaluation.Items;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>Scores the baseline's and the candidate's answers to one item against each other.</summary>
public interface IPairwiseScorer
{
    string Name { get; }

    double Weight { get; }

    /// <summary>Returns (baseline, candidate) scores that sum to 1, or errors on both sides.</summary>
    Task<(Score Baseline, Score Candidate)> CompareAsync(EvalItem item, string baselineAnswer, string candidateAnswer, int repeat, CancellationToken cancellationToken);
}
