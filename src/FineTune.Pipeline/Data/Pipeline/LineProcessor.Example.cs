using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Data.Parsing;
using FineTune.Pipeline.Data.Reading;
using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Data.Rules.FileLevel;
using FineTune.Pipeline.Data.Rules.Structure;

namespace FineTune.Pipeline.Data.Pipeline;

internal sealed partial class LineProcessor
{
    private LineOutcome Check(LineSlice slice)
    {
        var example = _example;
        foreach (var key in example.DuplicateKeys)
        {
            _context.Report(FileRules.DuplicateKey, key.ByteOffset, $"key {Quote.Text(example[key])} appears twice in the same object");
        }

        var toolTokens = 0;
        if (example.ToolsKind == FieldKind.Array)
        {
            var tools = _tools.Analyze(example.Line.Slice(example.ToolsOffset, example.ToolsLength));
            toolTokens = tools.Tokens;
            _context.ToolsProblem = tools.Problem is null ? null : (tools.Problem, example.ToolsOffset);
        }

        _tokens.Count(example, toolTokens);
        foreach (var rule in _rules)
        {
            rule.Check(example, _context);
        }

        if (!IsExample(example))
        {
            return new LineOutcome(slice, LineKind.Invalid, false, 0, 0, 0, default);
        }

        var fingerprints = _fingerprinter.Compute(example);
        var isEval = _splitter is not null && _splitter.IsEval(fingerprints.Exact);
        var messages = example.Messages.Count + example.Preferred.Count + example.NonPreferred.Count;
        return new LineOutcome(slice, LineKind.Example, isEval, example.Tokens, messages, example.AssistantTokens, fingerprints);
    }

    /// <summary>A line counts as an example when it has the format's conversation array with at least one message.</summary>
    private bool IsExample(ChatExample example)
    {
        var hasConversation = example.MessagesKind == FieldKind.Array && example.Messages.Count > 0;
        return _context.Limits.Format == DataFormat.Dpo
            ? hasConversation && example.InputKind == FieldKind.Object
            : hasConversation && example.InputKind == FieldKind.Absent;
    }

    private void ReportParseFailure(ParseResult parsed)
    {
        switch (parsed.Status)
        {
            case ParseStatus.NotObject:
                _context.Report(DataTypeRule.Descriptor, parsed.ByteOffset, $"the line is {parsed.Detail}, not a JSON object");
                break;
            case ParseStatus.TooDeep:
                _context.Report(FileRules.TooDeep, parsed.ByteOffset, $"the JSON nests deeper than {ExampleParser.MaxDepth} levels");
                break;
            case ParseStatus.NonFiniteNumber:
                _context.Report(FileRules.NonFiniteNumber, parsed.ByteOffset, "NaN and Infinity are not JSON numbers");
                break;
            default:
                _context.Report(FileRules.InvalidJson, parsed.ByteOffset, $"invalid JSON: {parsed.Detail}");
                break;
        }
    }

    public void Dispose() => _example.Dispose();
}
