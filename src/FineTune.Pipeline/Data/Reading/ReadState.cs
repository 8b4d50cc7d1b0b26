namespace FineTune.Pipeline.Data.Reading;

/// <summary>The mutable cursor of <see cref="JsonlFileReader"/> while it reads one stream.</summary>
internal sealed class ReadState(byte[] buffer)
{
    public byte[] Buffer { get; set; } = buffer;

    /// <summary>Bytes of <see cref="Buffer"/> in use.</summary>
    public int Filled { get; set; }

    /// <summary>Where the current (incomplete) line starts in the buffer.</summary>
    public int LineStart { get; set; }

    /// <summary>Where to continue looking for <c>\n</c>.</summary>
    public int ScanFrom { get; set; }

    /// <summary>Number the next line will get.</summary>
    public int NextLine { get; set; } = 1;

    /// <summary>Line number of the over-long line being skipped; 0 when not skipping.</summary>
    public int SkipStart { get; set; }

    public long SkipBytes { get; set; }

    public long Bytes { get; set; }

    public bool HasBom { get; set; }

    public int Sequence { get; set; }

    public List<LineSlice> Lines { get; set; } = [];
}
