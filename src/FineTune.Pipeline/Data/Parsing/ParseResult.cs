namespace FineTune.Pipeline.Data.Parsing;

/// <summary>The result of parsing one line: status, where it went wrong (byte offset on the line) and the parser's words.</summary>
internal readonly record struct ParseResult(ParseStatus Status, int ByteOffset, string Detail)
{
    public static ParseResult Success { get; } = new(ParseStatus.Ok, 0, string.Empty);

    public bool Succeeded => Status == ParseStatus.Ok;
}
