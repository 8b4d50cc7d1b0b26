using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation;
using FineTune.Pipeline.Evaluation.Gate;
using FineTune.Pipeline.Evaluation.Reporting;
using FineTune.Pipeline.Testing;
using FineTune.Pipeline.Tests.Evaluation.Fakes;
using FineTune.Pipeline.Tests.Training;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Evaluation;

/// <summary>
/// <see cref="EvaluationPipeline"/> against the OpenAI emulator through the official SDK, with models
/// fine-tuned on chosen capitals: the gate's verdicts, errors, throttling, the cache and the budget.
/// </summary>
public sealed class EvaluationPipelineTests
{
    [Fact]
    public async Task A_candidate_that_clearly_beats_the_base_passes()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var candidate = await emulator.TrainAsync("all", _ => true);

        var result = await Run(new EvaluationWorkspace().Settings(emulator.BaseUrl, candidate));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(EvaluationVerdict.Pass, result.Outcome!.Decision.Verdict);
        Assert.Equal(1.0, result.Outcome.Comparison.Candidate.Mean);
        Assert.Equal(0.0, result.Outcome.Comparison.Baseline.Mean);
        Assert.Equal(24, emulator.ChatRequests);
        Assert.Equal(["north", "west"], result.Outcome.Tags.Select(t => t.Tag));
    }

    [Fact]
    public async Task Equal_models_are_inconclusive_which_fails_by_default()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var even = await emulator.TrainAsync("even", i => i % 2 == 0);
        var odd = await emulator.TrainAsync("odd", i => i % 2 == 1);

        var result = await Run(new EvaluationWorkspace().Settings(emulator.BaseUrl, candidate: odd, baseline: even));

        Assert.Equal(0.5, result.Outcome!.Comparison.Candidate.Mean);
        Assert.Equal(0.5, result.Outcome.Comparison.Baseline.Mean);
        Assert.Equal(EvaluationVerdict.Inconclusive, result.Outcome.Decision.Verdict);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "FT7014");
    }

    [Fact]
    public async Task A_worse_candidate_fails()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var all = await emulator.TrainAsync("all", _ => true);
        var few = await emulator.TrainAsync("few", i => i < 3);

        var result = await Run(new EvaluationWorkspace().Settings(emulator.BaseUrl, candidate: few, baseline: all));

        Assert.Equal(EvaluationVerdict.Fail, result.Outcome!.Decision.Verdict);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(9, result.Outcome.Items.Count(i => i.Delta < 0));
    }

    [Fact]
    public async Task Unparseable_judge_replies_are_errors_and_the_error_budget_stops_the_run()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var candidate = await emulator.TrainAsync("all", _ => true);
        var settings = new EvaluationWorkspace().Settings(emulator.BaseUrl, candidate, adjust: e => e with
        {
            Scorers = [new ScorerConfig { Type = "judge" }],
            Judge = new JudgeConfig { Model = CapitalsEmulator.BaseModel },
            Concurrency = 1,
        });

        var result = await Run(settings);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(EvaluationVerdict.Error, result.Outcome!.Decision.Verdict);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "FT7013");
        Assert.Contains("judge reply has no 'Score: N' line", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Outcome.Items.First(i => i.IsError).Candidate.Metric);
        Assert.True(result.Outcome.Items.Any(i => i.Skipped), "the run should stop once the error budget is spent");
        Assert.True(emulator.ChatRequests < 12 * 4, $"{emulator.ChatRequests} requests: the remaining items should not have been sent");
    }

    [Fact]
    public async Task A_storm_of_429s_is_survived_by_backing_off()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var candidate = await emulator.TrainAsync("all", _ => true);
        emulator.Emulator.Faults.Inject("POST /v1/chat/completions", OpenAI.Emulator.Fault.RateLimit(TimeSpan.FromSeconds(1)), times: 20);
        var time = new InstantTimeProvider();

        var result = await Run(new EvaluationWorkspace().Settings(emulator.BaseUrl, candidate), time);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, result.Outcome!.Errors);
        Assert.Equal(20, result.Outcome.Execution!.Throttled);
        Assert.Equal(44, emulator.ChatRequests);
        Assert.Contains(time.Delays, d => d >= TimeSpan.FromSeconds(1) && d < TimeSpan.FromSeconds(1.2));
    }

    [Fact]
    public async Task A_second_run_is_served_from_the_cache_without_a_single_request()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var candidate = await emulator.TrainAsync("some", i => i % 3 != 0);
        var settings = new EvaluationWorkspace().Settings(emulator.BaseUrl, candidate);
        var first = await Run(settings);
        var sent = emulator.ChatRequests;

        var second = await Run(settings);

        Assert.Equal(sent, emulator.ChatRequests);
        Assert.Equal(0, second.Outcome!.Execution!.Requests);
        Assert.Equal(24, second.Outcome.Execution.CacheHits);
        Assert.Equal(0, second.Cost!.Requests);
        Assert.Equal(first.Outcome!.Comparison, second.Outcome.Comparison);
    }

    [Fact]
    public async Task A_missing_candidate_is_a_configuration_error()
    {
        var settings = new EvaluationWorkspace(3).Settings(new Uri("http://127.0.0.1:9/v1"), candidate: null!, adjust: e => e with { Model = null });

        var result = await Run(settings);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "FT7010");
    }

    [Fact]
    public async Task An_estimate_over_the_budget_sends_nothing()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var candidate = await emulator.TrainAsync("all", _ => true);
        var prices = new Dictionary<string, ModelPriceConfig>
        {
            [CapitalsEmulator.BaseModel] = new() { Input = 1000, Output = 1000 },
            [candidate] = new() { Input = 1000, Output = 1000 },
        };

        var result = await Run(new EvaluationWorkspace().Settings(emulator.BaseUrl, candidate, adjust: e => e with { Prices = prices, BudgetUsd = 0.01m }));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "FT7009");
        Assert.Equal(0, emulator.ChatRequests);
    }

    [Fact]
    public async Task At_most_max_examples_items_are_evaluated_and_always_the_same_ones()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var settings = new EvaluationWorkspace().Settings(emulator.BaseUrl, CapitalsEmulator.BaseModel, adjust: e => e with { MaxExamples = 5 });

        var first = await Run(settings);
        var second = await Run(settings);

        Assert.Equal(5, first.Outcome!.Items.Count);
        Assert.Equal(first.Outcome.Items.Select(i => i.Item.Id), second.Outcome!.Items.Select(i => i.Item.Id));
        Assert.Equal("eval.jsonl", first.Outcome.Items[0].Item.File);
    }

    [Fact]
    public async Task Without_data_eval_the_items_are_the_eval_side_of_the_split_of_train()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var workspace = new EvaluationWorkspace();
        File.Copy(Path.Combine(workspace.Directory, "eval.jsonl"), Path.Combine(workspace.Directory, "train.jsonl"), overwrite: true);
        var settings = workspace.Settings(emulator.BaseUrl, CapitalsEmulator.BaseModel);
        settings = PipelineSettings.Resolve(settings.Config with { Data = new DataConfig { Train = "train.jsonl", EvalSplit = new EvalSplitConfig { Fraction = 0.5 } } });

        var result = await Run(settings);

        var splitter = new FineTune.Pipeline.Data.Splitting.EvalSplitter(new EvalSplitConfig { Fraction = 0.5 });
        var expected = File.ReadAllLines(Path.Combine(workspace.Directory, "train.jsonl")).Count(splitter.IsEval);
        Assert.InRange(expected, 1, 11);
        Assert.Equal(expected, result.Outcome!.Items.Count);
        Assert.All(result.Outcome.Overfit!.Examples, e => Assert.True(e.Similarity < 1, "an eval item must not be matched against itself"));
    }

    [Fact]
    public async Task Summary_of_a_passing_run_reads_well()
    {
        await using var emulator = await CapitalsEmulator.StartAsync();
        var baseline = await emulator.TrainAsync("base", i => i % 3 == 0 || i == 7);
        var candidate = await emulator.TrainAsync("cand", i => i != 7);

        var result = await Run(new EvaluationWorkspace().Settings(emulator.BaseUrl, candidate, baseline));

        Snapshot.Verify(EvaluationSummary.Write(result.Outcome!), "md");
    }

    private static Task<EvaluationRunResult> Run(PipelineSettings settings, TimeProvider? time = null)
        => EvaluationPipeline.RunAsync(settings, new EvaluationRequest { Environment = CapitalsEmulator.Environment(), Time = time ?? TimeProvider.System });
}
