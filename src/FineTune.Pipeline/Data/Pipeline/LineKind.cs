namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>What a line turned out to be.</summary>
internal enum LineKind : byte
{
    /// <summary>An example: counted in the statistics (it may still have findings).</summary>
    Example,

    /// <summary>Unusable: too long, not UTF-8, not JSON, not an object, or without messages.</summary>
    Invalid,

    /// <summary>Empty or whitespace only: skipped.</summary>
    Blank,
}
