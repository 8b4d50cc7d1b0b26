using FineTune.Pipeline.Data.Fingerprints;
using FineTune.Pipeline.Data.Reading;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>What a worker learned about one line: all the ordered stage needs, without the line's text.</summary>
internal readonly record struct LineOutcome(
    LineSlice Slice,
    LineKind Kind,
    bool IsEval,
    int Tokens,
    int Messages,
    int AssistantTokens,
    ExampleFingerprints Fingerprints)
{
    public int Line => Slice.Number;
}
