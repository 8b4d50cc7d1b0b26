namespace FineTune.Pipeline.Data.Reading;

/// <summary>
/// One line of a batch: its 1-based number, where its bytes sit in the batch buffer (line ending excluded),
/// and, for a skipped line, how long it really was.
/// </summary>
internal readonly record struct LineSlice(int Number, int Offset, int Length, LineFlags Flags, long ByteLength)
{
    public bool Has(LineFlags flag) => (Flags & flag) != 0;
}
