namespace FineTune.Pipeline.Data.Splitting;

/// <summary>One example of a split file: its line number, its JSON text and the side it falls on.</summary>
public sealed record SplitLine(int Line, string Json, bool IsEval);
