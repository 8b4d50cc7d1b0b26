namespace FineTune.Pipeline.Generation;

/// <summary>
/// The parts of the settings that decide whether a prompt's answers in the output are complete.
/// </summary>
/// <param name="N">Candidates asked per prompt.</param>
/// <param name="SelectAll">Every kept candidate becomes a line (else only the best one).</param>
/// <param name="Filtered">A judge may drop candidates, so fewer than <paramref name="N"/> lines can be complete.</param>
/// <param name="Prune">Remove lines that answer no current prompt.</param>
/// <param name="Fingerprint">Teacher and settings of this run.</param>
public sealed record GenerateRules(int N, bool SelectAll, bool Filtered, bool Prune, string Fingerprint)
{
    /// <summary>
    /// For a prompt without a provenance record (the run that wrote it was killed before saving it): complete when
    /// it has lines, and, without a filter that may drop some, all <see cref="N"/> of them.
    /// </summary>
    public bool IsComplete(int lines) => lines > 0 && (Filtered || !SelectAll || lines >= N);
}
