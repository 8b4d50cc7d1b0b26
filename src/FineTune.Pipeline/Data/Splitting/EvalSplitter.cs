using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Fingerprints;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Data.Parsing;
using FineTune.Pipeline.Data.Reading;

namespace FineTune.Pipeline.Data.Splitting;

/// <summary>
/// The deterministic train/eval split used when <c>data.eval</c> is absent. An example goes to eval when
/// XxHash3(seed, content fingerprint) falls below <c>fraction</c> × 2⁶⁴. The decision depends only on the
/// example's own content, so adding, removing or reordering other lines never moves an example; identical
/// examples always land on the same side (no exact train/eval leakage through the split).
/// </summary>
public sealed class EvalSplitter
{
    [ThreadStatic]
    private static (ExampleParser Parser, ChatExample Example, ExampleFingerprinter Fingerprinter)? _scratch;

    private readonly ulong _seed;
    private readonly ulong _threshold;

    public EvalSplitter(EvalSplitConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Fraction = Math.Clamp(config.Fraction, 0, 1);
        _seed = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(config.Seed ?? string.Empty));
        _threshold = Fraction >= 1 ? ulong.MaxValue : (ulong)(Fraction * 18446744073709551616.0);
    }

    public double Fraction { get; }

    /// <summary>
    /// Whether this JSONL line (UTF-8, without its line ending) belongs to the eval split. Lines that are not
    /// examples (invalid JSON, not an object) belong to neither side and return false.
    /// </summary>
    public bool IsEval(ReadOnlySpan<byte> jsonLine)
    {
        var (parser, example, fingerprinter) = _scratch ??= (new ExampleParser(), new ChatExample(), new ExampleFingerprinter());
        var copy = jsonLine.ToArray();
        return Utf8Text.FindInvalid(copy) < 0 && parser.Parse(copy, example).Succeeded && IsEval(fingerprinter.Compute(example).Exact);
    }

    /// <summary>Whether this JSONL line (text, without its line ending) belongs to the eval split.</summary>
    public bool IsEval(string jsonLine)
    {
        ArgumentNullException.ThrowIfNull(jsonLine);
        return IsEval(Encoding.UTF8.GetBytes(jsonLine));
    }

    /// <summary>
    /// Streams the examples of a JSONL file with the side each falls on, in file order (lines that are not examples
    /// are skipped). Evaluation uses it to read the eval split of <c>data.train</c> when <c>data.eval</c> is absent.
    /// </summary>
    public IEnumerable<SplitLine> Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var reader = new JsonlFileReader(long.MaxValue / 2);
        var parser = new ExampleParser();
        using var example = new ChatExample();
        var fingerprinter = new ExampleFingerprinter();
        foreach (var batch in reader.ReadBatches(stream, new FileScanResult(), cancellationToken))
        {
            try
            {
                foreach (var line in batch.Lines)
                {
                    var bytes = batch.Bytes(line);
                    var isExample = Utf8Text.FindInvalid(bytes.Span) < 0 && parser.Parse(bytes, example).Succeeded
                        && (example.MessagesKind == FieldKind.Array || example.InputKind == FieldKind.Object);
                    if (isExample)
                    {
                        yield return new SplitLine(line.Number, Encoding.UTF8.GetString(bytes.Span), IsEval(fingerprinter.Compute(example).Exact));
                    }
                }
            }
            finally
            {
                batch.Release();
            }
        }
    }

    internal bool IsEval(UInt128 exactFingerprint)
    {
        if (_threshold == 0)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[24];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, _seed);
        BinaryPrimitives.WriteUInt128LittleEndian(bytes[8..], exactFingerprint);
        return XxHash3.HashToUInt64(bytes) < _threshold;
    }
}
