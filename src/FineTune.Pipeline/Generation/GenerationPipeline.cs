using System.Globalization;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Generation.Output;
using FineTune.Pipeline.Generation.Prompts;
using FineTune.Pipeline.Generation.Provenance;

namespace FineTune.Pipeline.Generation;

/// <summary>
/// The <c>generate</c> stage: check the section, read the prompts (any bad line stops the run before a request),
/// take the output's lock, repair a torn last line, plan from the output and its provenance what is answered
/// already, estimate the cost of the rest (and refuse over budget, sending nothing), drop the lines that must
/// go, then ask the teacher (and the judge) with the evaluation's cache, retries and concurrency, appending each
/// prompt's answers as they come (<see cref="GenerationSession"/>). Exit codes: 0 done, 1 bad prompts or over
/// budget, 2 bad configuration, 3 external failure (too many failed requests, the output cannot be written).
/// </summary>
public static class GenerationPipeline
{
    public static async Task<GenerationRunResult> RunAsync(PipelineSettings settings, GenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        var (options, setupDiagnostics) = GenerateSetup.Resolve(settings, request.Environment);
        var diagnostics = new List<Diagnostic>(setupDiagnostics);
        if (options is null)
        {
            return new GenerationRunResult(null, diagnostics, GenerationRunResult.BadConfiguration);
        }

        PromptSet prompts;
        try
        {
            prompts = PromptFileReader.Read(options.PromptsPath, options.Config.System, options.PromptsPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(At(settings, "generate.prompts", Severity.Error, GenerateCodes.PromptsFile, $"the prompts file cannot be read: {e.Message}"));
            return new GenerationRunResult(null, diagnostics, GenerationRunResult.BadConfiguration);
        }

        diagnostics.AddRange(prompts.Diagnostics);
        if (prompts.HasErrors)
        {
            return new GenerationRunResult(null, diagnostics, GenerationRunResult.GateFailed);
        }

        try
        {
            using var outputLock = OutputLock.Take(options.OutputPath);
            return await RunLockedAsync(settings, options, prompts, request, diagnostics, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, GenerateCodes.OutputIo, options.OutputPath, 0, 0, $"the output cannot be read or written: {e.Message}"));
            return new GenerationRunResult(null, diagnostics, GenerationRunResult.ExternalFailure);
        }
    }

    private static async Task<GenerationRunResult> RunLockedAsync(PipelineSettings settings, GenerateOptions options, PromptSet prompts, GenerationRequest request, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var scan = OutputFile.ScanAndRepair(options.OutputPath);
        if (scan.TornBytesRemoved > 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, GenerateCodes.TornLine, options.OutputPath, scan.Lines.Count + 1, 1,
                $"the last line was incomplete ({Figures.Count(scan.TornBytesRemoved)} bytes without a line end: a run was killed while writing it) and was removed; its prompt is asked again."));
        }

        var provenance = ProvenanceStore.Load(options.ProvenancePath);
        var plan = GenerationPlan.Make(prompts.Prompts, scan, provenance, options.Rules);
        diagnostics.AddRange(PlanDiagnostics(plan, options));

        var factory = request.ModelFactory ?? ((model, url, key) => new OpenAIChatModel(model, url, key, TimeSpan.FromSeconds(options.Config.RequestTimeoutSeconds)));
        var retry = new RetryOptions { MaxRetries = options.Config.MaxRetries, MaxRetryAfter = TimeSpan.FromSeconds(options.Config.MaxRetryAfterSeconds) };
        using var models = new ModelPipeline(options.Config.Concurrency, options.CacheDirectory, retry, request.Time);
        var teacher = factory(options.Teacher.Model, options.Teacher.Url, options.Teacher.Key);
        var judge = options.Judge is { } j ? factory(j.Model, j.Url, j.Key) : null;
        var estimate = GenerationCostEstimator.Estimate(plan.ToGenerate, options, teacher, judge, models.Cache);
        var outcome = NewOutcome(settings, options, prompts, plan, estimate);
        if (estimate.Requests > 0 && options.Deferred.Count > 0)
        {
            diagnostics.AddRange(options.Deferred);
            return new GenerationRunResult(outcome, diagnostics, GenerationRunResult.BadConfiguration);
        }

        if (!estimate.WithinBudget)
        {
            diagnostics.Add(At(settings, "generate.budget_usd", Severity.Error, GenerateCodes.OverBudget,
                $"generating {Plural(plan.ToGenerate.Count, "prompt")} would cost up to {Figures.Usd(estimate.EstimatedUsd ?? 0)} ({estimate.Requests} requests, {Figures.Count(estimate.InputTokens)} input tokens and at most {Figures.Count(estimate.OutputTokens)} output tokens), over `generate.budget_usd` {Figures.Usd(estimate.BudgetUsd!.Value)}; nothing was sent. Raise the budget, lower `max_tokens` or `n`, or generate fewer prompts at a time."));
            return new GenerationRunResult(outcome, diagnostics, GenerationRunResult.GateFailed);
        }

        if (plan.RemoveLines.Count > 0)
        {
            OutputFile.Rewrite(options.OutputPath, scan.Lines.Where((_, i) => !plan.RemoveLines.Contains(i)));
        }

        request.Log?.Invoke(StartLine(options, plan, estimate));
        var session = new GenerationSession(options, plan, prompts, models, teacher, judge, request);
        outcome = await session.RunAsync(outcome, cancellationToken).ConfigureAwait(false);
        diagnostics.AddRange(RunDiagnostics(outcome, options, settings));
        var exit = outcome.Failed > options.Config.MaxFailures ? GenerationRunResult.ExternalFailure : GenerationRunResult.Passed;
        return new GenerationRunResult(outcome, diagnostics, exit);
    }

    private static GenerationOutcome NewOutcome(PipelineSettings settings, GenerateOptions options, PromptSet prompts, GenerationPlan plan, GenerationCostEstimate estimate) => new()
    {
        Teacher = options.Teacher.Model,
        Endpoint = options.Teacher.Host,
        Judge = options.Judge?.Model,
        Prompts = prompts.Prompts.Count,
        Reused = plan.Reused.Count,
        Changed = plan.Changed.Count,
        NotAsked = plan.ToGenerate.Count,
        LinesRemoved = plan.RemoveLines.Count,
        OrphanLines = options.Config.Prune ? 0 : plan.OrphanLines,
        EstimatedUsd = estimate.EstimatedUsd,
        ActualUsd = 0m,
        BudgetUsd = estimate.BudgetUsd,
        Output = Relative(settings, options.OutputPath),
        Provenance = Relative(settings, options.ProvenancePath),
    };

    private static IEnumerable<Diagnostic> PlanDiagnostics(GenerationPlan plan, GenerateOptions options)
    {
        var file = options.OutputPath;
        if (plan.Changed.Count > 0)
        {
            yield return new Diagnostic(Severity.Info, GenerateCodes.ChangedPrompts, options.PromptsPath, 0, 0,
                $"{Plural(plan.Changed.Count, "prompt")} changed since {(plan.Changed.Count == 1 ? "its answers were" : "their answers were")} generated ({Ids(plan.Changed)}); the old answers are replaced.");
        }

        if (plan.OrphanLines > 0)
        {
            yield return options.Config.Prune
                ? new Diagnostic(Severity.Info, GenerateCodes.OrphanLines, file, 0, 0, $"{Plural(plan.OrphanLines, "line")} answering no prompt of the prompts file removed (`prune: true`).")
                : new Diagnostic(Severity.Warning, GenerateCodes.OrphanLines, file, 0, 0, $"{Plural(plan.OrphanLines, "line")} answer no prompt of the prompts file (removed prompts, or lines written by hand); they are kept and trained on. Set `generate.prune: true` to remove them.");
        }

        if (plan.OtherSettings > 0)
        {
            yield return new Diagnostic(Severity.Info, GenerateCodes.OtherSettings, file, 0, 0,
                $"{Plural(plan.OtherSettings, "prompt")} kept answers written by another teacher or other settings than `{options.Teacher.Model}` with these; delete those lines (or the output) to regenerate them.");
        }
    }

    private static IEnumerable<Diagnostic> RunDiagnostics(GenerationOutcome outcome, GenerateOptions options, PipelineSettings settings)
    {
        if (outcome.Failed > 0)
        {
            var first = outcome.Failures[0];
            var over = outcome.Failed > options.Config.MaxFailures;
            yield return new Diagnostic(over ? Severity.Error : Severity.Warning, GenerateCodes.RequestsFailed, options.PromptsPath, first.Line, 1,
                $"{Plural(outcome.Failed, "prompt")} could not be answered{(over ? $", more than `generate.max_failures` ({options.Config.MaxFailures})" : string.Empty)}; a re-run asks only those. First ({first.Id}): {first.Error}");
        }

        if (outcome.Dropped.Count > 0)
        {
            var first = outcome.Dropped[0];
            yield return new Diagnostic(Severity.Info, GenerateCodes.Filtered, options.PromptsPath, first.Line, 1,
                $"the filter dropped {Plural(outcome.Dropped.Count, "answer")}; first ({first.Id}, candidate {first.Candidate}): {first.Reason}");
        }

        var unreadable = outcome.Dropped.Count(d => d.Reason.StartsWith("the judge's reply", StringComparison.Ordinal));
        if (unreadable > 0)
        {
            yield return At(settings, "generate.filter", Severity.Warning, GenerateCodes.JudgeUnparseable,
                $"{Plural(unreadable, "judge reply", "judge replies")} could not be read (no single final `Score: N` line), so those answers were dropped; check the judge model or its `max_tokens`.");
        }
    }

    private static string StartLine(GenerateOptions options, GenerationPlan plan, GenerationCostEstimate estimate)
    {
        if (plan.ToGenerate.Count == 0)
        {
            return $"Nothing to generate: every prompt ({plan.Reused.Count}) is answered in {Path.GetFileName(options.OutputPath)} already.";
        }

        var cost = estimate.EstimatedUsd is { } usd ? $", up to {Figures.Usd(usd)}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"Generating {Plural(plan.ToGenerate.Count, "prompt")} with {options.Teacher} ({plan.Reused.Count} answered already; {estimate.Requests} requests, {estimate.CachedRequests} cached{cost}).");
    }

    internal static Diagnostic At(PipelineSettings settings, string key, Severity severity, string code, string message)
    {
        var (line, column) = settings.Config.Positions.Of(key);
        return new Diagnostic(severity, code, settings.Config.SourcePath ?? "finetune.yaml", line, column, message);
    }

    private static string Relative(PipelineSettings settings, string path) => Path.GetRelativePath(settings.Config.BaseDirectory, path).Replace('\\', '/');

    private static string Ids(IReadOnlyList<string> ids) => string.Join(", ", ids.Take(5)) + (ids.Count > 5 ? ", …" : string.Empty);

    internal static string Plural(long count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{Figures.Count(count)} {plural ?? noun + "s"}";
}
