using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Data.Reading;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules;

/// <summary>
/// Where a per-example rule is (file, line, limits) and where its findings go. One per worker, moved from
/// line to line; positions are byte offsets on the line, turned into character columns only when reported.
/// </summary>
internal sealed class ExampleContext
{
    private byte[] _scratch = new byte[4096];

    public ExampleContext(string file, ValidationLimits limits, RuleSeverities severities, bool isEvalFile = false)
    {
        File = file;
        IsEvalFile = isEvalFile;
        Limits = limits;
        Severities = severities;
    }

    public string File { get; }

    /// <summary>True for <c>data.eval</c>, whose lines may carry the evaluation's <c>id</c>, <c>tags</c>, <c>group</c> and <c>metadata</c>.</summary>
    public bool IsEvalFile { get; }

    public ValidationLimits Limits { get; }

    public RuleSeverities Severities { get; }

    public int Line { get; private set; }

    public ReadOnlyMemory<byte> LineBytes { get; private set; }

    /// <summary>Problem found in the example's <c>tools</c> definitions (null: none), with its byte offset.</summary>
    public (string Problem, int Offset)? ToolsProblem { get; set; }

    private readonly Dictionary<(int Start, int Length), Secrets.TextHint> _hints = [];

    /// <summary>Findings of the current line, in the order reported.</summary>
    public List<Diagnostic> Findings { get; } = [];

    public void MoveTo(int line, ReadOnlyMemory<byte> bytes)
    {
        Line = line;
        LineBytes = bytes;
        ToolsProblem = null;
        Findings.Clear();
        _hints.Clear();
    }

    /// <summary>The secret and personal-data hints of a text of the current line, computed once for all rules.</summary>
    public Secrets.TextHint Hints(TextRef text, ReadOnlySpan<char> span)
    {
        if (!_hints.TryGetValue((text.Start, text.Length), out var hints))
        {
            hints = Secrets.TextHints.Of(span);
            _hints[(text.Start, text.Length)] = hints;
        }

        return hints;
    }

    public bool IsEnabled(RuleDescriptor rule) => Severities.IsEnabled(rule);

    /// <summary>Reports at a byte offset of the line; the rule's fix hint is appended unless <paramref name="fix"/> is given.</summary>
    public void Report(RuleDescriptor rule, int byteOffset, string what, string? fix = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var severity = Severities.For(rule);
        if (severity == Severity.Off)
        {
            return;
        }

        var column = byteOffset < 0 ? 1 : Utf8Text.Column(LineBytes.Span, byteOffset);
        Findings.Add(new Diagnostic(severity, rule.Code, File, Line, column, Compose(what, fix ?? rule.HowToFix)));
    }

    /// <summary>Reports at character <paramref name="charIndex"/> (UTF-16 index) inside a decoded string, mapped back to the raw line.</summary>
    public void ReportInText(RuleDescriptor rule, ChatExample example, TextRef text, int charIndex, string what, string? fix = null)
    {
        ArgumentNullException.ThrowIfNull(example);
        if (!Severities.IsEnabled(rule))
        {
            return;
        }

        var column = text.ByteOffset < 0
            ? 1
            : Utf8Text.ColumnInString(LineBytes.Span, text.ByteOffset, Math.Clamp(charIndex, 0, text.Length));
        Findings.Add(new Diagnostic(Severities.For(rule), rule.Code, File, Line, column, Compose(what, fix ?? rule.HowToFix)));
    }

    /// <summary>A scratch byte buffer of at least <paramref name="size"/> bytes, owned by this worker.</summary>
    public byte[] Scratch(int size)
    {
        if (_scratch.Length < size)
        {
            _scratch = new byte[Math.Max(size, _scratch.Length * 2)];
        }

        return _scratch;
    }

    public static string Compose(string what, string fix) => $"{what.TrimEnd('.', ' ')}. Fix: {fix}";
}
