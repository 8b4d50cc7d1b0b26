namespace FineTune.Pipeline.Data.Reading;

/// <summary>What reading a whole file learned about it besides its lines; filled when the reader reaches the end.</summary>
internal sealed class FileScanResult
{
    public bool Completed { get; private set; }

    public long Bytes { get; private set; }

    /// <summary>SHA-256 of every byte of the file, lower-case hex.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public bool HasBom { get; private set; }

    /// <summary>Number of lines (a last line without newline counts).</summary>
    public int Lines { get; private set; }

    public void Complete(long bytes, string sha256, bool hasBom, int lines)
    {
        Bytes = bytes;
        Sha256 = sha256;
        HasBom = hasBom;
        Lines = lines;
        Completed = true;
    }
}
