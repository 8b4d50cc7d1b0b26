using System.Collections.Concurrent;
using System.Globalization;
using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Generation.Filtering;
using FineTune.Pipeline.Generation.Output;
using FineTune.Pipeline.Generation.Prompts;
using FineTune.Pipeline.Generation.Provenance;

namespace FineTune.Pipeline.Generation;

/// <summary>
/// The requests of one run: prompts are answered <c>concurrency</c> at a time (requests share the evaluation's
/// limiter, retries and cache); each answered prompt's lines are appended and flushed at once, and its provenance
/// entry recorded. The provenance file is saved every <see cref="SaveEvery"/> prompts and at the end — also when
/// cancelled or failing, so that what was paid for stays recorded. A clean run finally puts the output in
/// prompts-file order (atomically), so the same prompts always give the same file.
/// </summary>
internal sealed class GenerationSession(
    GenerateOptions options,
    GenerationPlan plan,
    PromptSet prompts,
    ModelPipeline models,
    IChatModel teacher,
    IChatModel? judge,
    GenerationRequest request)
{
    private const int SaveEvery = 25;
    private const int ProgressFrom = 100;
    private readonly ConcurrentDictionary<string, ProvenanceEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PromptOutcome> _done = new();
    private readonly Lock _saveGate = new();
    private int _completed;
    private int _failed;

    public async Task<GenerationOutcome> RunAsync(GenerationOutcome outcome, CancellationToken cancellationToken)
    {
        foreach (var (id, entry) in plan.Reused)
        {
            _entries[id] = entry;
        }

        var answerer = new PromptAnswerer(
            models.Wrap(teacher),
            options.TeacherSettings,
            options.Config.N,
            judge is null ? null : new AnswerJudge(models.Wrap(judge), options.JudgeSettings, options.Config.Filter?.Rubric),
            options.Config.Filter?.MinScore ?? 1,
            options.Config.Select == "best");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cancelled = false;
        using (var appender = new OutputAppender(options.OutputPath))
        {
            try
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Config.Concurrency, CancellationToken = stop.Token };
                await Parallel.ForEachAsync(plan.ToGenerate, parallel, async (prompt, ct) =>
                {
                    var result = await answerer.AnswerAsync(prompt, ct).ConfigureAwait(false);
                    Complete(result, appender, stop);
                }).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                cancelled = cancellationToken.IsCancellationRequested;
            }
            finally
            {
                // Also when cancelled: cached answers and the provenance of what was written stay. A run that wrote
                // nothing leaves the provenance as it is (its answers came from the run that wrote them).
                await models.Cache.FlushAsync().ConfigureAwait(false);
                if (_completed > 0 || plan.RemoveLines.Count > 0 || plan.Retired.Count > 0 || !File.Exists(options.ProvenancePath))
                {
                    Save();
                }
            }
        }

        if (!cancelled)
        {
            PutInPromptOrder();
        }

        return Summarize(outcome, cancelled);
    }

    private void Complete(PromptOutcome result, OutputAppender appender, CancellationTokenSource stop)
    {
        if (result.Error is not null)
        {
            if (Interlocked.Increment(ref _failed) > options.Config.MaxFailures)
            {
                stop.Cancel();
            }
        }
        else
        {
            appender.Append(result.Lines);
            _entries[result.Prompt.Id] = new ProvenanceEntry(result.Prompt.Hash, result.Lines.Count, request.Time.GetUtcNow(), options.Rules.Fingerprint, result.Verdicts.Where(_ => judge is not null).ToList());
        }

        _done.Enqueue(result);
        var completed = Interlocked.Increment(ref _completed);
        if (completed % SaveEvery == 0)
        {
            Save();
        }

        var total = plan.ToGenerate.Count;
        if (request.Log is { } log && total >= ProgressFrom && completed % (total / 10) == 0)
        {
            log(string.Create(CultureInfo.InvariantCulture, $"  {completed}/{total} prompts done ({_failed} failed)"));
        }
    }

    private void Save()
    {
        lock (_saveGate)
        {
            var order = prompts.Prompts.Select(p => p.Id).Where(_entries.ContainsKey).Concat(plan.Retired.Keys.Where(k => !_entries.ContainsKey(k)));
            var entries = new Dictionary<string, ProvenanceEntry>(StringComparer.Ordinal);
            foreach (var id in order)
            {
                entries[id] = _entries.GetValueOrDefault(id) ?? plan.Retired[id];
            }

            ProvenanceStore.Save(options.ProvenancePath, new ProvenanceDocument
            {
                UpdatedAt = request.Time.GetUtcNow(),
                Teacher = options.Teacher.Model,
                Endpoint = options.Teacher.Host,
                Settings = options.ProvenanceSettings,
                Filter = options.Judge is { } j
                    ? new ProvenanceFilter(j.Model, j.Host, options.Config.Filter!.MinScore, Sha256(options.Config.Filter.Rubric ?? AnswerJudgePrompt.DefaultRubric))
                    : null,
                Prompts = options.PromptsDisplay,
                PromptsSha256 = prompts.Sha256,
                Entries = entries,
            });
        }
    }

    /// <summary>Lines of current prompts in prompts-file order (a prompt's candidates in their order), then every other line as it was.</summary>
    private void PutInPromptOrder()
    {
        var scan = OutputFile.ScanAndRepair(options.OutputPath);
        var rank = prompts.Prompts.Select((p, i) => (p.Hash, i)).ToDictionary(p => p.Hash, p => p.i, StringComparer.Ordinal);
        var ordered = scan.Lines.Select((line, index) => (line, index))
            .OrderBy(p => p.line.PromptHash is { } h && rank.TryGetValue(h, out var r) ? r : int.MaxValue)
            .ThenBy(p => p.index)
            .ToList();
        if (ordered.Select((p, i) => p.index != i).Any(moved => moved))
        {
            OutputFile.Rewrite(options.OutputPath, ordered.Select(p => p.line));
        }
    }

    private GenerationOutcome Summarize(GenerationOutcome outcome, bool cancelled)
    {
        var done = _done.ToArray();
        var answered = done.Where(d => d.Error is null).ToArray();
        var teacherUsage = done.Aggregate(TokenUsage.None, (sum, d) => sum + d.Teacher);
        var judgeUsage = done.Aggregate(TokenUsage.None, (sum, d) => sum + d.Judge);
        var teacherUsd = GenerationCostEstimator.Usd(options.TeacherPrice, teacherUsage.Input, teacherUsage.Output);
        var judgeUsd = GenerationCostEstimator.Usd(options.JudgePrice, judgeUsage.Input, judgeUsage.Output);
        var order = prompts.Prompts.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var counters = models.Counters;
        return outcome with
        {
            Generated = answered.Length,
            Failed = done.Length - answered.Length,
            NotAsked = plan.ToGenerate.Count - done.Length,
            Filtered = answered.Sum(a => a.Dropped.Count),
            LinesWritten = answered.Sum(a => a.Lines.Count),
            RequestsSent = counters.Requests,
            CacheHits = counters.CacheHits,
            Retries = counters.Retries,
            ActualUsd = teacherUsd is { } t && judgeUsd is { } j ? t + j : null,
            Cancelled = cancelled,
            Dropped = [.. answered.SelectMany(a => a.Dropped).OrderBy(d => order[d.Id]).ThenBy(d => d.Candidate)],
            Failures = [.. done.Where(d => d.Error is not null).OrderBy(d => order[d.Prompt.Id]).Select(d => new FailedPrompt(d.Prompt.Id, d.Prompt.Line, d.Error!))],
        };
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
