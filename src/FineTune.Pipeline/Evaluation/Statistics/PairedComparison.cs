namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>
/// Candidate versus baseline on the same items: dᵢ = candidateᵢ − baselineᵢ.
/// </summary>
/// <param name="Baseline">Mean of the baseline's per-item scores.</param>
/// <param name="Candidate">Mean of the candidate's per-item scores.</param>
/// <param name="Difference">Mean paired difference with its (clustered) standard error and paired t interval.</param>
/// <param name="TStatistic">d̄ / SE(d̄).</param>
/// <param name="PValue">Two-sided p-value of the paired t test of d̄ = 0.</param>
/// <param name="Bootstrap">Seeded percentile bootstrap interval of d̄ at the same confidence.</param>
/// <param name="Correlation">Pearson correlation of the two models' per-item scores (NaN when undefined).</param>
public sealed record PairedComparison(
    MeanEstimate Baseline,
    MeanEstimate Candidate,
    MeanEstimate Difference,
    double TStatistic,
    double PValue,
    Interval Bootstrap,
    double Correlation);
