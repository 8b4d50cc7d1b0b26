namespace FineTune.Pipeline.Data.Model;

/// <summary>
/// A decoded JSON string: <see cref="Start"/>/<see cref="Length"/> index the example's text arena,
/// <see cref="ByteOffset"/> is where the value (its opening quote) starts on the line, and
/// <see cref="Escaped"/> tells whether the raw value held escapes (then inner columns are approximate).
/// </summary>
internal readonly record struct TextRef(int Start, int Length, int ByteOffset, bool Escaped)
{
    public static TextRef None { get; } = new(0, 0, -1, false);

    public bool Exists => ByteOffset >= 0;
}
