using System.Globalization;

namespace FineTune.Pipeline.Evaluation.Overfitting;

/// <summary>
/// How often each model's answers copy a training answer (similarity ≥ threshold). A fine-tuned model
/// that recites its training answers on held-out prompts has memorised rather than learned — the
/// source article's warning sign. The baseline's rate is the reference point (it never saw the data).
/// </summary>
public sealed record OverfitReport(
    int Checked,
    int CandidateCopies,
    int BaselineCopies,
    double Threshold,
    double WarnRate,
    IReadOnlyList<CopiedAnswer> Examples)
{
    public double CandidateRate => Checked == 0 ? 0 : (double)CandidateCopies / Checked;

    public double BaselineRate => Checked == 0 ? 0 : (double)BaselineCopies / Checked;

    public bool Warning => Checked > 0 && CandidateRate > WarnRate;

    public string? WarningText => !Warning
        ? null
        : string.Format(
            CultureInfo.InvariantCulture,
            "Possible overfitting: {0} of {1} candidate answers ({2:0.0}%) copy a training answer (similarity ≥ {3:0.00}), above the warning rate of {4:0.0}% (baseline: {5:0.0}%). Check the examples; fewer epochs or more varied training answers usually help.",
            CandidateCopies,
            Checked,
            CandidateRate * 100,
            Threshold,
            WarnRate * 100,
            BaselineRate * 100);
}
