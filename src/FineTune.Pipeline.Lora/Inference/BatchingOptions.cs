namespace FineTune.Pipeline.Lora.Inference;

/// <summary>
/// How <see cref="LocalChatModel"/> groups concurrent callers: a batch starts when <see cref="MaxBatch"/> requests
/// (for the same model view) are waiting, or <see cref="Window"/> after the first one arrived; requests that come
/// while a batch runs wait for the next one.
/// </summary>
public sealed record BatchingOptions
{
    /// <summary>Rows per batch; 1 = one request at a time.</summary>
    public int MaxBatch { get; init; } = 8;

    /// <summary>How long the first waiting request waits for others to join (zero: run with whoever is waiting).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMilliseconds(5);

    public static BatchingOptions Default { get; } = new();

    public static BatchingOptions Sequential { get; } = new() { MaxBatch = 1, Window = TimeSpan.Zero };
}
