namespace FineTune.Pipeline.Data.Reading;

/// <summary>What reading a whole file learned about it, besides its lines.</summary>
internal sealed record FileScan(long Bytes, string Sha256, bool HasBom, int Lines);
