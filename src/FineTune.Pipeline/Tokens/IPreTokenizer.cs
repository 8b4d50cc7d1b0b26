namespace FineTune.Pipeline.Tokens;

/// <summary>
/// A hand-written equivalent of one tiktoken pre-tokenization regex: it cuts text into the pieces that
/// <c>regex.find_iter</c> would yield, without allocating. The pieces always cover the whole text.
/// </summary>
internal interface IPreTokenizer
{
    /// <summary>The exclusive end of the piece that starts at <paramref name="start"/> (which is before the end).</summary>
    static abstract int NextPieceEnd(ReadOnlySpan<char> text, int start);
}
