using System.Collections.Concurrent;
using FineTune.Pipeline.Data.Counting;
using FineTune.Pipeline.Data.Reading;
using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Data.Rules.FileLevel;
using FineTune.Pipeline.Data.Splitting;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>
/// Validates one JSONL file: streams it through the batch pipeline, routes each example to the train or eval
/// accumulator (split mode) and reports the file-level findings (missing, empty, BOM, CRLF, final newline).
/// </summary>
internal sealed class FileValidation(ValidationSetup setup, string path, string display, bool isEvalFile = false)
{
    private readonly ConcurrentBag<LineProcessor> _processors = [];
    private int _crlfLines;
    private int _firstCrlfLine;
    private int _nonBlankLines;
    private LineSlice _lastLine;

    /// <summary>Reads the file; returns its scan, or null when it could not be read (reported).</summary>
    public FileScanResult? Run(DatasetAccumulator target, DatasetAccumulator? evalSplit, EvalSplitter? splitter, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            var what = Directory.Exists(path) ? FileRules.FileUnreadable : FileRules.FileMissing;
            var generated = string.Equals(Path.GetFullPath(path), setup.GeneratedPath, StringComparison.Ordinal)
                ? "; the generate stage writes it: run `finetune generate` first (every target but `--exclusive` ones does)"
                : string.Empty;
            Report(what, 0, Directory.Exists(path) ? $"{display} is a folder, not a file" : $"{display} does not exist (looked for {path}){generated}");
            return null;
        }

        var scan = new FileScanResult();
        try
        {
            if (GitLfsPointer.TryRead(path) is { } pointer)
            {
                Report(FileRules.GitLfsPointer, 1, $"{display} is a Git LFS pointer to {pointer.Size:N0} bytes (oid {pointer.ShortOid}), not the examples themselves");
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var reader = new JsonlFileReader(setup.Limits.MaxLineBytes, setup.Options.ChunkSize);
            BatchPipeline.Run(
                reader.ReadBatches(stream, scan, cancellationToken),
                batch => Process(batch, splitter),
                result => Consume(result, target, evalSplit),
                setup.Parallelism,
                cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(FileRules.FileUnreadable, 0, $"{display} could not be read: {ex.Message}");
            return null;
        }
        finally
        {
            while (_processors.TryTake(out var processor))
            {
                processor.Dispose();
            }
        }

        ReportFileLevel(scan);
        return scan;
    }

    private BatchResult Process(LineBatch batch, EvalSplitter? splitter)
    {
        if (!_processors.TryTake(out var processor))
        {
            var context = new ExampleContext(display, setup.Limits, setup.Severities, isEvalFile);
            var template = setup.Template is { } exact ? new TemplateExampleCounter(exact, setup.Limits.MaxSequenceLength ?? int.MaxValue) : null;
            processor = new LineProcessor(context, new ExampleTokenCounter(setup.Counter, template), ExampleRules.All, splitter);
        }

        try
        {
            return processor.Process(batch);
        }
        finally
        {
            _processors.Add(processor);
        }
    }

    private void Consume(BatchResult result, DatasetAccumulator target, DatasetAccumulator? evalSplit)
    {
        setup.Collector.AddRange(result.Findings);
        foreach (var outcome in result.Outcomes)
        {
            var slice = outcome.Slice;
            _lastLine = slice;
            if (slice.Has(LineFlags.CarriageReturn) && _crlfLines++ == 0)
            {
                _firstCrlfLine = slice.Number;
            }

            if (outcome.Kind == LineKind.Blank)
            {
                continue;
            }

            _nonBlankLines++;
            var accumulator = outcome.IsEval && evalSplit is not null ? evalSplit : target;
            if (outcome.Kind == LineKind.Example)
            {
                accumulator.AddExample(outcome, result.Batch.Bytes(slice).Span);
            }
            else
            {
                target.AddInvalid();
            }
        }
    }

    private void ReportFileLevel(FileScanResult scan)
    {
        if (scan.HasBom)
        {
            Report(FileRules.ByteOrderMark, 1, "the file starts with a UTF-8 byte order mark");
        }

        if (scan.Bytes == 0 || _nonBlankLines == 0)
        {
            Report(FileRules.EmptyFile, 0, scan.Bytes == 0 ? $"{display} is empty" : $"{display} has only blank lines");
            return;
        }

        if (_crlfLines > 0)
        {
            Report(FileRules.CrlfLineEndings, _firstCrlfLine, $"{_crlfLines:N0} of {scan.Lines:N0} lines end with CRLF, the first is this one");
        }

        if (_lastLine.Has(LineFlags.NoNewline))
        {
            Report(FileRules.NoFinalNewline, _lastLine.Number, "the last line has no newline at its end");
        }
    }

    private void Report(RuleDescriptor rule, int line, string what)
    {
        var severity = setup.Severities.For(rule);
        if (severity != Severity.Off)
        {
            setup.Collector.Add(new Diagnostic(severity, rule.Code, display, line, line > 0 ? 1 : 0, ExampleContext.Compose(what, rule.HowToFix)));
        }
    }
}
