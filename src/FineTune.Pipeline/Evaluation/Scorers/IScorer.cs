namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>Scores one answer on its own (exact match, ROUGE-L, an LLM judge …).</summary>
public interface IScorer
{
    /// <summary>Name used by <c>gate.metric</c> and in reports.</summary>
    string Name { get; }

    /// <summary>Weight in the combined score.</summary>
    double Weight { get; }

    Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken);
}
