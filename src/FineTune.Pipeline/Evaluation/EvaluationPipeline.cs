using System.Diagnostics;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Splitting;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Gate;
using FineTune.Pipeline.Evaluation.Items;
using FineTune.Pipeline.Evaluation.Local;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Overfitting;
using FineTune.Pipeline.Evaluation.Reporting;
using FineTune.Pipeline.Evaluation.Scorers;
using FineTune.Pipeline.Tokens;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Evaluation;

/// <summary>
/// The <c>evaluate</c> task: check the configuration, read the items, estimate the cost (and refuse
/// over budget), run both models through the scorers, compute the statistics and the verdict, check
/// for copied training answers and write the per-item artifacts. Exit codes: 0 pass, 1 gate failed
/// (fail, inconclusive, over budget), 2 bad configuration, 3 evaluation error (error budget exceeded).
/// </summary>
public static class EvaluationPipeline
{
    public static async Task<EvaluationRunResult> RunAsync(PipelineSettings settings, EvaluationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        var config = EvaluateConfigResolver.Resolve(settings.Config.Evaluate);
        var file = settings.Config.SourcePath;
        var diagnostics = new List<Diagnostic>(EvaluateConfigValidator.Validate(config, file));
        var environment = request.Environment ?? EnvironmentVariables();
        var endpoints = new EndpointResolver(environment, file);

        var candidateName = request.CandidateModel ?? config.Model;
        if (candidateName is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, EvaluationCodes.NoCandidate, file ?? "finetune.yaml", 0, 0, "No model to evaluate: pass --model <id>, set evaluate.model, or run the train target first."));
        }

        var baselineName = config.Baseline ?? settings.Config.Train.BaseModel;
        var items = ReadItems(settings, request, diagnostics);
        using var local = LocalModelSet.Resolve(settings.Config, [baselineName, .. candidateName is null ? [] : new[] { candidateName }], diagnostics, file ?? "finetune.yaml");
        var remote = candidateName is null || !local.Claims(candidateName) || !local.Claims(baselineName);
        var main = remote ? endpoints.Resolve(settings.Config.OpenAI.BaseUrl, settings.Config.OpenAI.ApiKeyEnv, diagnostics) : null;
        var judgeEndpoint = config.Judge.Model is null ? null : endpoints.Resolve(config.Judge.BaseUrl ?? settings.Config.OpenAI.BaseUrl, config.Judge.ApiKeyEnv ?? settings.Config.OpenAI.ApiKeyEnv, diagnostics);
        if (diagnostics.Any(d => d.Severity == Severity.Error) || candidateName is null || items is null || (remote && main is null))
        {
            return new EvaluationRunResult(null, diagnostics, ExitCodeFor(diagnostics));
        }

        // Local models (provider lora, adapter folders) run in-process; their weights load below, when needed.
        var backend = local.IsEmpty ? null : (request.LoraBackend ?? LoraBackendLoader.TryLoad)();
        if (!local.Prepare(backend, diagnostics, file ?? "finetune.yaml"))
        {
            return new EvaluationRunResult(null, diagnostics, EvaluationRunResult.BadConfiguration);
        }

        config = config with { Prices = local.WithFreePrices(config.Prices) };
        var factory = request.ModelFactory ?? ((model, endpoint, key) => new OpenAIChatModel(model, endpoint, key, TimeSpan.FromSeconds(config.RequestTimeoutSeconds)));
        var cacheDirectory = Path.GetFullPath(config.CacheDir, settings.Config.BaseDirectory);
        using var models = new ModelPipeline(config.Concurrency, cacheDirectory, RetryOptions.From(config), request.Time);
        var rawBaseline = local.Get(baselineName) ?? factory(baselineName, main!.Value.Url, main.Value.Key);
        var rawCandidate = local.Get(candidateName) ?? factory(candidateName, main!.Value.Url, main.Value.Key);
        var judge = judgeEndpoint is { } j ? models.Wrap(factory(config.Judge.Model!, j.Url, j.Key)) : null;
        var judgeSettings = new GenerationSettings { Temperature = config.Judge.Temperature, MaxTokens = config.Judge.MaxTokens, Seed = config.Judge.Seed };
        var (scorers, scorerDiagnostics) = await ScorerFactory.CreateAsync(config.Scorers, settings.Config.BaseDirectory, judge, judgeSettings, file).ConfigureAwait(false);
        diagnostics.AddRange(scorerDiagnostics);
        if (scorers is null)
        {
            return new EvaluationRunResult(null, diagnostics, EvaluationRunResult.BadConfiguration);
        }

        var judgeCalls = (scorers.Pointwise.OfType<JudgeScorer>().Count() * 2) + (scorers.Pairwise.Count * 2);
        var cost = EvaluationCostEstimator.Estimate(items, rawBaseline, rawCandidate, config.Judge.Model, judgeCalls, config, models.Cache, request.CountTokens ?? TokenCounter(settings.Encoding));
        if (cost.UnpricedModels.Count > 0 && cost.Requests > 0)
        {
            diagnostics.Add(new Diagnostic(config.BudgetUsd is null ? Severity.Info : Severity.Warning, EvaluationCodes.Unpriced, file ?? "finetune.yaml", 0, 0, $"No price for {string.Join(", ", cost.UnpricedModels)} in evaluate.prices, so the evaluation cost ({cost.Requests} requests, ~{cost.InputTokens} input and ~{cost.OutputTokens} output tokens) cannot be checked against the budget."));
        }

        if (!cost.WithinBudget)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, EvaluationCodes.OverBudget, file ?? "finetune.yaml", 0, 0, $"The evaluation would cost about ${cost.EstimatedUsd:0.00} ({cost.Requests} requests), over evaluate.budget_usd ${cost.BudgetUsd:0.00}; nothing was sent. Raise the budget, reduce repeats or items, or re-use cached answers."));
            return new EvaluationRunResult(null, diagnostics, EvaluationRunResult.GateFailed, cost);
        }

        var generation = GenerationSettings.From(config.Generation);
        bool Cached(IChatModel model) => items.All(i => Enumerable.Range(0, config.Repeats).All(r => models.Cache.TryGet(CacheKey.Compute(model.Endpoint, model.Name, i.Prompt, generation.ForRepeat(r))) is not null));
        if (!local.Load(Cached, settings.Config.Train.Lora.ChatFormat, diagnostics, file ?? "finetune.yaml"))
        {
            return new EvaluationRunResult(null, diagnostics, EvaluationRunResult.BadConfiguration, cost);
        }

        var stopwatch = Stopwatch.StartNew();
        var runner = new EvaluationRunner(models.Wrap(rawBaseline), models.Wrap(rawCandidate), scorers, new EvaluationRunOptions
        {
            Metric = config.Gate.Metric,
            Repeats = config.Repeats,
            Generation = generation,
            MaxErrorRate = config.Gate.MaxErrorRate,
        });
        IReadOnlyList<ItemResult> results;
        try
        {
            results = await runner.RunAsync(items, models.Counters, () => models.Limiter.Limit, request.Progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Also when cancelled: what was paid for stays paid for.
            await models.Cache.FlushAsync().ConfigureAwait(false);
        }

        var c = models.Counters;
        var outcome = EvaluationAnalyzer.Analyze(results, scorers, config, baselineName, candidateName) with
        {
            Cost = cost,
            Overfit = File.Exists(settings.TrainPath) ? OverfitCheck.Run(results, TrainingIndex(settings), config.Overfit) : null,
            Execution = new ExecutionSummary(c.Requests, c.CacheHits, c.Retries, c.Throttled, c.FailedRequests, c.InputTokens, c.OutputTokens, models.Limiter.PeakInFlight, stopwatch.Elapsed),
        };
        diagnostics.AddRange(OutcomeDiagnostics(outcome, file ?? "finetune.yaml"));
        if (request.ReportDirectory is { } dir)
        {
            EvaluationArtifacts.Write(outcome, dir);
        }

        var exit = outcome.Decision.Verdict == EvaluationVerdict.Error ? EvaluationRunResult.ExternalFailure
            : outcome.Decision.Passed ? EvaluationRunResult.Passed : EvaluationRunResult.GateFailed;
        return new EvaluationRunResult(outcome, diagnostics, exit, cost);
    }

    private static IEnumerable<Diagnostic> OutcomeDiagnostics(EvaluationOutcome outcome, string file)
    {
        if (outcome.Power.Warning is { } power)
        {
            yield return new Diagnostic(Severity.Warning, EvaluationCodes.Underpowered, file, 0, 0, power);
        }

        if (outcome.Overfit?.WarningText is { } overfit)
        {
            yield return new Diagnostic(Severity.Warning, EvaluationCodes.CopiesTrainingAnswers, file, 0, 0, overfit);
        }

        var decision = outcome.Decision;
        if (decision.Verdict == EvaluationVerdict.Error)
        {
            var first = outcome.Items.FirstOrDefault(i => i.IsError && !i.Skipped);
            yield return new Diagnostic(Severity.Error, EvaluationCodes.ErrorBudgetExceeded, file, 0, 0, decision.Explanation + (first is null ? string.Empty : $" First error ({first.Item.Id}): {first.Errors[0]}"));
        }
        else if (!decision.Passed)
        {
            yield return new Diagnostic(Severity.Error, EvaluationCodes.GateFailed, file, 0, 0, decision.Explanation);
        }
    }

    private static List<EvalItem>? ReadItems(PipelineSettings settings, EvaluationRequest request, List<Diagnostic> diagnostics)
    {
        EvalItemSet set;
        if (settings.EvalPath is { } path)
        {
            set = EvalItemReader.Read(path);
        }
        else if (request.SplitEvalLines is { } split)
        {
            set = EvalItemReader.ReadLines(split(), settings.TrainPath);
        }
        else if (File.Exists(settings.TrainPath))
        {
            // No data.eval: the eval side of the deterministic split, exactly as the validator computes it.
            var splitter = new EvalSplitter(settings.Config.Data.EvalSplit);
            set = EvalItemReader.ReadLines(File.ReadLines(settings.TrainPath).Select((text, i) => (i + 1, text)).Where(l => splitter.IsEval(l.text)), settings.TrainPath);
        }
        else
        {
            diagnostics.Add(new Diagnostic(Severity.Error, EvaluationCodes.NoEvalSet, settings.Config.SourcePath ?? "finetune.yaml", 0, 0, $"No eval set: data.eval is not set and the training file {settings.TrainPath} does not exist to split from."));
            return null;
        }

        diagnostics.AddRange(set.Diagnostics);
        var baseDirectory = settings.Config.BaseDirectory;
        var items = set.Items.Select(i => i with { File = i.File is null ? null : Path.GetRelativePath(baseDirectory, i.File).Replace('\\', '/') }).ToArray();
        return items.Length == 0 ? null : Sample(items, settings.Config.Evaluate.MaxExamples);
    }

    /// <summary>At most <paramref name="max"/> items, chosen by a hash of their id (stable as the set grows), in file order.</summary>
    private static List<EvalItem> Sample(EvalItem[] items, int max)
    {
        if (items.Length <= max)
        {
            return [.. items];
        }

        var chosen = items
            .OrderBy(i => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(i.Id))), StringComparer.Ordinal)
            .Take(max)
            .ToHashSet();
        return [.. items.Where(chosen.Contains)];
    }

    /// <summary>The answers the model was trained on: the train file, less its eval split when there is no data.eval.</summary>
    private static TrainingAnswerIndex TrainingIndex(PipelineSettings settings)
    {
        if (settings.EvalPath is not null)
        {
            return TrainingAnswerIndex.FromJsonl(settings.TrainPath);
        }

        var splitter = new EvalSplitter(settings.Config.Data.EvalSplit);
        return TrainingAnswerIndex.FromJsonl(settings.TrainPath, line => !splitter.IsEval(line));
    }

    private static int ExitCodeFor(List<Diagnostic> diagnostics)
        => diagnostics.Any(d => d.Code is EvaluationCodes.EmptyEvalSet) ? EvaluationRunResult.GateFailed : EvaluationRunResult.BadConfiguration;

    private static Func<string, int> TokenCounter(string encoding)
    {
        // Unknown encodings (self-hosted models) fall back to o200k: the estimate only needs to be close.
        var counter = TokenCounterFactory.TryCreate(encoding, out var exact) ? exact! : TokenCounterFactory.Get(TokenCounterFactory.O200kBase);
        return text => counter.CountTokens(text);
    }

    private static Dictionary<string, string> EnvironmentVariables()
        => System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
}
