using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation;
using FineTune.Pipeline.Evaluation.Gate;
using FineTune.Pipeline.Evaluation.Reporting;
using FineTune.Pipeline.Testing;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Tests.Evaluation;

/// <summary>
/// The whole evaluation against an OpenAI-compatible HTTP server (through the official SDK): the gate's
/// verdicts, errors, throttling and the response cache.
/// </summary>
public sealed class EvaluationPipelineTests
{
    private const string Candidate = "ft:gpt-4o-mini:acme::cand";

    [Fact]
    public async Task A_candidate_that_clearly_beats_the_base_passes()
    {
        var workspace = new EvaluationWorkspace();
        using var server = new ChatCompletionsStub((model, messages) => Answer(model, messages, candidateKnows: _ => true, baseKnows: k => k % 4 == 0));

        var result = await Run(workspace, server);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(EvaluationVerdict.Pass, result.Outcome!.Decision.Verdict);
        Assert.Equal(1.0, result.Outcome.Comparison.Candidate.Mean);
        Assert.Equal(0.25, result.Outcome.Comparison.Baseline.Mean);
        Assert.Equal(80, server.Requests);
        Assert.Equal(["billing", "shipping"], result.Outcome.Tags.Select(t => t.Tag));
    }

    [Fact]
    public async Task Equal_models_are_inconclusive_which_fails_by_default()
    {
        var workspace = new EvaluationWorkspace();
        using var server = new ChatCompletionsStub((model, messages) => Answer(model, messages, candidateKnows: k => k % 2 == 1, baseKnows: k => k % 2 == 0));

        var result = await Run(workspace, server);

        Assert.Equal(EvaluationVerdict.Inconclusive, result.Outcome!.Decision.Verdict);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "FT7014");
    }

    [Fact]
    public async Task A_worse_candidate_fails()
    {
        var workspace = new EvaluationWorkspace();
        using var server = new ChatCompletionsStub((model, messages) => Answer(model, messages, candidateKnows: k => k % 4 == 0, baseKnows: _ => true));

        var result = await Run(workspace, server);

        Assert.Equal(EvaluationVerdict.Fail, result.Outcome!.Decision.Verdict);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(30, result.Outcome.Items.Count(i => i.Delta < 0));
    }

    [Fact]
    public async Task Unparseable_judge_replies_are_errors_and_the_error_budget_stops_the_run()
    {
        var workspace = new EvaluationWorkspace();
        using var server = new ChatCompletionsStub((model, messages) => model == "judge-model"
            ? "The answer looks fine to me, I would rate it highly."
            : Answer(model, messages, candidateKnows: _ => true, baseKnows: _ => false));
        var settings = workspace.Settings(server.BaseUrl, e => e with
        {
            Scorers = [new ScorerConfig { Type = "judge" }],
            Judge = new JudgeConfig { Model = "judge-model" },
            Concurrency = 2,
        });

        var result = await EvaluationPipeline.RunAsync(settings, new EvaluationRequest { Environment = new Dictionary<string, string>() });

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(EvaluationVerdict.Error, result.Outcome!.Decision.Verdict);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "FT7013");
        Assert.Contains("judge reply has no 'Score: N' line", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Outcome.Items.First(i => i.IsError).Candidate.Metric);
        Assert.True(result.Outcome.Items.Any(i => i.Skipped), "the run should stop once the error budget is spent");
        Assert.True(server.Requests < 40 * 4, $"{server.Requests} requests: the remaining items should not have been sent");
    }

    [Fact]
    public async Task A_storm_of_429s_is_survived_by_backing_off()
    {
        var workspace = new EvaluationWorkspace();
        using var server = new ChatCompletionsStub((model, messages) => Answer(model, messages, candidateKnows: _ => true, baseKnows: _ => false))
        {
            Fault = n => n <= 40 ? (429, 30) : null,
        };

        var result = await Run(workspace, server);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, result.Outcome!.Errors);
        Assert.Equal(40, result.Outcome.Execution!.Throttled);
        Assert.Equal(120, server.Requests);
    }

    [Fact]
    public async Task A_second_run_is_served_from_the_cache_without_a_single_request()
    {
        var workspace = new EvaluationWorkspace();
        using var server = new ChatCompletionsStub((model, messages) => Answer(model, messages, candidateKnows: _ => true, baseKnows: k => k % 3 == 0));
        var first = await Run(workspace, server);
        var sent = server.Requests;

        var second = await Run(workspace, server);

        Assert.Equal(sent, server.Requests);
        Assert.Equal(0, second.Outcome!.Execution!.Requests);
        Assert.Equal(80, second.Outcome.Execution.CacheHits);
        Assert.Equal(0, second.Cost!.Requests);
        Assert.Equal(first.Outcome!.Comparison, second.Outcome.Comparison);
    }

    [Fact]
    public async Task A_missing_candidate_is_a_configuration_error()
    {
        var workspace = new EvaluationWorkspace(3);
        var settings = workspace.Settings(new Uri("http://127.0.0.1:9/v1"), e => e with { Model = null });

        var result = await EvaluationPipeline.RunAsync(settings, new EvaluationRequest { Environment = new Dictionary<string, string>() });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "FT7010");
    }

    [Fact]
    public async Task An_estimate_over_the_budget_sends_nothing()
    {
        var workspace = new EvaluationWorkspace();
        using var server = new ChatCompletionsStub((model, messages) => "x");
        var prices = new Dictionary<string, ModelPriceConfig>
        {
            ["gpt-4o-mini"] = new() { Input = 1000, Output = 1000 },
            [Candidate] = new() { Input = 1000, Output = 1000 },
        };
        var settings = workspace.Settings(server.BaseUrl, e => e with { Prices = prices, BudgetUsd = 0.01m });

        var result = await EvaluationPipeline.RunAsync(settings, new EvaluationRequest { Environment = new Dictionary<string, string>() });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "FT7009");
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task At_most_max_examples_items_are_evaluated_and_always_the_same_ones()
    {
        var workspace = new EvaluationWorkspace();
        using var server = new ChatCompletionsStub((model, messages) => Answer(model, messages, candidateKnows: _ => true, baseKnows: _ => false));
        var settings = workspace.Settings(server.BaseUrl, e => e with { MaxExamples = 10, CacheDir = "cache-a" });

        var first = await EvaluationPipeline.RunAsync(settings, new EvaluationRequest { Environment = new Dictionary<string, string>() });
        var second = await EvaluationPipeline.RunAsync(settings, new EvaluationRequest { Environment = new Dictionary<string, string>() });

        Assert.Equal(10, first.Outcome!.Items.Count);
        Assert.Equal(first.Outcome.Items.Select(i => i.Item.Id), second.Outcome!.Items.Select(i => i.Item.Id));
        Assert.Equal("eval.jsonl", first.Outcome.Items[0].Item.File);
    }

    [Fact]
    public async Task Without_data_eval_the_items_are_the_eval_side_of_the_split_of_train()
    {
        var workspace = new EvaluationWorkspace();
        File.Copy(Path.Combine(workspace.Directory, "eval.jsonl"), Path.Combine(workspace.Directory, "train.jsonl"), overwrite: true);
        using var server = new ChatCompletionsStub((model, messages) => Answer(model, messages, candidateKnows: _ => true, baseKnows: _ => false));
        var settings = workspace.Settings(server.BaseUrl);
        settings = PipelineSettings.Resolve(settings.Config with { Data = new DataConfig { Train = "train.jsonl", EvalSplit = new EvalSplitConfig { Fraction = 0.3 } } });

        var result = await EvaluationPipeline.RunAsync(settings, new EvaluationRequest { Environment = new Dictionary<string, string>() });

        var splitter = new FineTune.Pipeline.Data.Splitting.EvalSplitter(new EvalSplitConfig { Fraction = 0.3 });
        var expected = File.ReadAllLines(Path.Combine(workspace.Directory, "train.jsonl")).Count(splitter.IsEval);
        Assert.InRange(expected, 1, 39);
        Assert.Equal(expected, result.Outcome!.Items.Count);
        Assert.All(result.Outcome.Overfit!.Examples, e => Assert.True(e.Similarity < 1, "an eval item must not be matched against itself"));
    }

    [Fact]
    public async Task Summary_of_a_passing_run_reads_well()
    {
        var workspace = new EvaluationWorkspace(12);
        using var server = new ChatCompletionsStub((model, messages) => Answer(model, messages, candidateKnows: k => k != 7, baseKnows: k => k % 3 == 0 || k == 7));

        var result = await Run(workspace, server);

        Snapshot.Verify(EvaluationSummary.Write(result.Outcome!), "md");
    }

    private static async Task<EvaluationRunResult> Run(EvaluationWorkspace workspace, ChatCompletionsStub server)
        => await EvaluationPipeline.RunAsync(
            workspace.Settings(server.BaseUrl),
            new EvaluationRequest { Environment = new Dictionary<string, string>(), ReportDirectory = Path.Combine(workspace.Directory, "report") });

    private static string Answer(string model, IReadOnlyList<(string Role, string Content)> messages, Func<int, bool> candidateKnows, Func<int, bool> baseKnows)
    {
        var ticket = EvaluationWorkspace.Ticket(messages[^1].Content);
        var knows = model == Candidate ? candidateKnows(ticket) : baseKnows(ticket);
        return knows ? EvaluationWorkspace.Answer(ticket) : "I am sorry, I do not know that code word.";
    }
}
