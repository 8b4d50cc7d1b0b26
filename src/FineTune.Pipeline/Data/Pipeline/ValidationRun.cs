using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Counting;
using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Data.Rules.Dataset;
using FineTune.Pipeline.Data.Rules.FileLevel;
using FineTune.Pipeline.Data.Splitting;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Tokens;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>One validation of the configured datasets: train first (with the split, if any), then the eval file.</summary>
internal sealed class ValidationRun(PipelineSettings settings, DatasetValidatorOptions options)
{
    /// <summary>Special tokens OpenAI rejects in training data whatever the encoding lists.</summary>
    private static readonly string[] KnownSpecialTokens =
        ["<|endoftext|>", "<|endofprompt|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|im_start|>", "<|im_end|>", "<|im_sep|>"];

    public ValidationOutcome Run(CancellationToken cancellationToken)
    {
        var severities = new RuleSeverities(settings.Config.Validation.Rules);
        var collector = new DiagnosticCollector(options.MaxDiagnosticsPerCode, severities);
        var counter = ResolveCounter(collector, severities);
        using var template = ModelTokenizer.Open(settings, options.LoraBackend ?? LoraBackendLoader.TryLoad, collector, severities);
        var specials = counter.SpecialTokens.Union(KnownSpecialTokens, StringComparer.Ordinal).ToArray();
        var limits = ValidationLimits.From(settings, specials) with { ExactSequenceCounts = template is not null };
        var generated = settings.Config.Generate is { } generate ? Path.GetFullPath(generate.Output ?? settings.TrainPath, settings.Config.BaseDirectory) : null;
        var setup = new ValidationSetup(limits, severities, counter, collector, options, generated, template);
        var tokenizer = template?.Description ?? (limits.MaxSequenceLength is null ? null : $"{counter.Encoding} (estimate)");

        var trainDisplay = Display(settings.TrainPath);
        var split = settings.EvalPath is null && settings.Config.Data.EvalSplit.Fraction > 0;
        var trainScope = new DatasetScope(trainDisplay, isEval: false, fromSplit: false, limits, severities, collector);
        using var train = new DatasetAccumulator(trainScope, limits.MaxTokensPerExample, hashLines: false);
        using var eval = CreateEval(setup, split, trainScope);

        var splitter = split ? new EvalSplitter(settings.Config.Data.EvalSplit) : null;
        var trainScan = new FileValidation(setup, settings.TrainPath, trainDisplay).Run(train, split ? eval : null, splitter, cancellationToken);
        var trainSummary = train.Complete(Identity("train", trainDisplay, trainScan?.Sha256, trainScan?.Bytes ?? 0), trainScan is not null) with { Tokenizer = tokenizer };

        DatasetSummary? evalSummary = null;
        if (eval is not null && settings.EvalPath is { } evalPath)
        {
            var scan = new FileValidation(setup, evalPath, eval.Scope.File, isEvalFile: true).Run(eval, null, null, cancellationToken);
            evalSummary = eval.Complete(Identity("eval", eval.Scope.File, scan?.Sha256, scan?.Bytes ?? 0), scan is not null) with { Tokenizer = tokenizer };
        }
        else if (eval is not null)
        {
            var summary = eval.Complete(Identity("eval", trainDisplay, null, 0) with { FromSplit = true }, trainScan is not null) with { Tokenizer = tokenizer };
            evalSummary = summary.Examples > 0 ? summary : null;
        }

        return new ValidationOutcome { Train = trainSummary, Eval = evalSummary, Diagnostics = collector.Complete() };
    }

    private DatasetAccumulator? CreateEval(ValidationSetup setup, bool split, DatasetScope trainScope)
    {
        if (!split && settings.EvalPath is null)
        {
            return null;
        }

        var file = split ? trainScope.File : Display(settings.EvalPath!);
        var scope = new DatasetScope(file, isEval: true, fromSplit: split, setup.Limits, setup.Severities, setup.Collector) { Train = trainScope };
        return new DatasetAccumulator(scope, setup.Limits.MaxTokensPerExample, hashLines: split);
    }

    private ITokenCounter ResolveCounter(DiagnosticCollector collector, RuleSeverities severities)
    {
        if (options.TokenCounter is { } given)
        {
            return given;
        }

        if (TokenCounterFactory.TryCreate(settings.Encoding, out var counter))
        {
            return counter!;
        }

        var rule = FileRules.UnknownEncoding;
        collector.Add(new Diagnostic(severities.For(rule) is Severity.Off ? Severity.Info : severities.For(rule), rule.Code, null, 0, 0,
            ExampleContext.Compose($"validation.encoding \"{settings.Encoding}\" is not supported; tokens were counted with o200k_base", rule.HowToFix)));
        return TokenCounterFactory.Get(TokenCounterFactory.O200kBase);
    }

    /// <summary>The path as reports show it: relative to the yaml's folder, with forward slashes.</summary>
    private string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(settings.Config.BaseDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }

    private static DatasetSummary Identity(string role, string path, string? sha256, long bytes)
        => new() { Role = role, Path = path, Sha256 = sha256 ?? string.Empty, Bytes = bytes };
}
