namespace FineTune.Pipeline.Generation.Output;

/// <summary>
/// The output file as found, after repair: its complete lines, and what the repair did. A run killed while
/// writing leaves a torn last line; it is cut off (<see cref="TornBytesRemoved"/>). A complete last line without
/// its newline (an editor) only gets the newline back (<see cref="NewlineAdded"/>).
/// </summary>
public sealed record OutputScan(IReadOnlyList<OutputLine> Lines, long TornBytesRemoved, bool NewlineAdded)
{
    public static OutputScan Empty { get; } = new([], 0, false);
}
