using System.Globalization;

namespace FineTune.Pipeline.Generation.Provenance;

/// <summary>The teacher's sampling settings and the candidate rule, as recorded in the provenance file.</summary>
public sealed record ProvenanceSettings(double Temperature, int MaxTokens, double? TopP, long? Seed, int N, string Select)
{
    /// <summary>A short fingerprint of teacher and settings: answers generated under another one are reported (FT8020).</summary>
    public string Fingerprint(string teacher) =>
        string.Create(CultureInfo.InvariantCulture, $"{teacher}|t={Temperature}|max={MaxTokens}|p={TopP}|seed={Seed}|n={N}|{Select}");
}
