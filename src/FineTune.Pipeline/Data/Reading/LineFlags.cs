namespace FineTune.Pipeline.Data.Reading;

/// <summary>What the reader noticed about a line's framing (its bytes are checked later).</summary>
[Flags]
internal enum LineFlags : byte
{
    None = 0,

    /// <summary>The line ended in <c>\r\n</c>; the <c>\r</c> is not part of the slice.</summary>
    CarriageReturn = 1,

    /// <summary>The last line of the file, with no <c>\n</c> after it.</summary>
    NoNewline = 2,

    /// <summary>Longer than the limit: skipped without being buffered; the slice is empty.</summary>
    TooLong = 4,

    /// <summary>The file started with a UTF-8 byte order mark, removed from this (first) line.</summary>
    AfterBom = 8,
}
