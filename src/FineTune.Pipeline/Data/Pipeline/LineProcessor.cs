using System.Buffers;
using FineTune.Pipeline.Data.Counting;
using FineTune.Pipeline.Data.Fingerprints;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Data.Parsing;
using FineTune.Pipeline.Data.Reading;
using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Data.Rules.FileLevel;
using FineTune.Pipeline.Data.Splitting;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>
/// The parallel stage: parses each line of a batch, counts its tokens, runs every per-example rule and
/// fingerprints it. One instance per worker at a time (it reuses its parser, model and buffers).
/// </summary>
internal sealed partial class LineProcessor : IDisposable
{
    private readonly ExampleParser _parser = new();
    private readonly ChatExample _example = new();
    private readonly ExampleFingerprinter _fingerprinter = new();
    private readonly ExampleTokenCounter _tokens;
    private readonly ToolDefinitions _tools;
    private readonly ExampleContext _context;
    private readonly IExampleRule[] _rules;
    private readonly EvalSplitter? _splitter;

    public LineProcessor(ExampleContext context, ExampleTokenCounter tokens, IReadOnlyList<IExampleRule> rules, EvalSplitter? splitter)
    {
        _context = context;
        _tokens = tokens;
        _tools = new ToolDefinitions(tokens.Counter);
        _rules = [.. rules];
        _splitter = splitter;
    }

    public BatchResult Process(LineBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var count = batch.Lines.Count;
        var outcomes = ArrayPool<LineOutcome>.Shared.Rent(count);
        List<Diagnostic>? findings = null;
        for (var i = 0; i < count; i++)
        {
            var slice = batch.Lines[i];
            _context.MoveTo(slice.Number, batch.Bytes(slice));
            outcomes[i] = ProcessLine(slice, batch.Bytes(slice));
            if (_context.Findings.Count > 0)
            {
                (findings ??= []).AddRange(_context.Findings);
            }
        }

        return new BatchResult(batch, outcomes, count, (IReadOnlyList<Diagnostic>?)findings ?? []);
    }

    private LineOutcome ProcessLine(LineSlice slice, ReadOnlyMemory<byte> bytes)
    {
        var invalid = new LineOutcome(slice, LineKind.Invalid, false, 0, 0, 0, default);
        if (slice.Has(LineFlags.TooLong))
        {
            _context.Report(FileRules.LineTooLong, 0,
                $"the line is {slice.ByteLength:N0} bytes, over validation.max_line_bytes ({_context.Limits.MaxLineBytes:N0}); it was skipped");
            return invalid;
        }

        var span = bytes.Span;
        if (span.Trim(" \t\r\f\v"u8).IsEmpty)
        {
            _context.Report(FileRules.BlankLine, 0, slice.Length == 0 ? "the line is empty" : "the line is only whitespace");
            return invalid with { Kind = LineKind.Blank };
        }

        var bad = Utf8Text.FindInvalid(span);
        if (bad >= 0)
        {
            _context.Report(FileRules.InvalidUtf8, bad, $"byte 0x{span[bad]:X2} at byte {bad + 1} of the line is not valid UTF-8");
            return invalid;
        }

        var parsed = _parser.Parse(bytes, _example);
        if (!parsed.Succeeded)
        {
            ReportParseFailure(parsed);
            return invalid;
        }

        return Check(slice);
    }
}
