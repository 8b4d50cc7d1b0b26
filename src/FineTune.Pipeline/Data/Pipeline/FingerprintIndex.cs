namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>
/// First line of each fingerprint seen in one dataset. Keys are the low 64 bits of the 128-bit fingerprints:
/// about 24 bytes per example and table, and a collision chance near 10⁻⁸ at a million examples.
/// </summary>
internal sealed class FingerprintIndex
{
    public Dictionary<ulong, int> Exact { get; } = [];

    public Dictionary<ulong, int> Normalized { get; } = [];

    /// <summary>Prompts (everything before the last assistant reply); kept for train only, for leakage checks.</summary>
    public Dictionary<ulong, int> Prompt { get; } = [];

    public static ulong Key(UInt128 fingerprint) => (ulong)fingerprint;
}
