using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary>
/// The cookbook's <c>data_type</c> check: a line must be a JSON object. The parser decides this (an array or a
/// number never becomes an example), so this class only carries the descriptor.
/// </summary>
internal static class DataTypeRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "FT2001", "data_type", Severity.Error,
        "The line is JSON but not an object (an array, a string, a number, null).",
        "write one JSON object per line, e.g. {\"messages\": [...]}.");
}
