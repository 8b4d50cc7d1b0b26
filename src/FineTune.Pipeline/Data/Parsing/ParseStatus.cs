namespace FineTune.Pipeline.Data.Parsing;

/// <summary>How parsing one line ended. Anything but <see cref="Ok"/> means the line is not an example.</summary>
internal enum ParseStatus
{
    Ok,
    NotObject,
    InvalidJson,
    TooDeep,
    NonFiniteNumber,
}
