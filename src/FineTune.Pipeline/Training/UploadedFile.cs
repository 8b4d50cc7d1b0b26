namespace FineTune.Pipeline.Training;

/// <summary>A data file as uploaded to the provider; <see cref="Sha256"/> tells whether it still matches the local file.</summary>
public sealed record UploadedFile(string Id, string Sha256, long Bytes, string Filename);
