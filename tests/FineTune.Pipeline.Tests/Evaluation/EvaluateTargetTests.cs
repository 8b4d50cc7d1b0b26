using System.Text;
using FineTune.Pipeline.Tests.Training;
using FineTune.Pipeline.Tests.Training.Emulator;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Evaluation;

/// <summary>
/// <c>finetune evaluate</c> through the real runner, loader and validator against the OpenAI emulator,
/// where a fine-tuned model answers from its training data and a base model does not. Virtual time:
/// polling and retry waits take no real time.
/// </summary>
public sealed class EvaluateTargetTests
{
    private const string BaseModel = "gpt-4o-mini-2024-07-18";

    [Fact]
    public async Task After_training_the_fine_tuned_model_clearly_beats_the_base_and_the_build_passes()
    {
        await using var project = await Project("evaluate:\n  margin: 0.1\n");

        var exit = await project.RunAsync("evaluate");

        Assert.True(exit == 0, project.Console.Output);
        var evaluation = project.Report().GetProperty("evaluation");
        Assert.Equal("pass", evaluation.GetProperty("verdict").GetString());
        Assert.StartsWith($"ft:{BaseModel}:emulator:e2e:", evaluation.GetProperty("candidate").GetProperty("model").GetString(), StringComparison.Ordinal);
        Assert.Equal(BaseModel, evaluation.GetProperty("baseline").GetProperty("model").GetString());
        Assert.Equal(1.0, evaluation.GetProperty("candidate").GetProperty("mean").GetDouble());
        Assert.Equal(0.0, evaluation.GetProperty("baseline").GetProperty("mean").GetDouble());
        Assert.Equal(24, project.Emulator.Requests.For(EmulatorRoutes.ChatCompletions).Count);
        Assert.Contains("Pass: the candidate beats the baseline by +100.0 points", project.Console.Output, StringComparison.Ordinal);
        AssertNoSecret(project);
    }

    [Fact]
    public async Task Equal_models_are_inconclusive_which_fails_by_default()
    {
        await using var project = await Project(string.Empty);

        var exit = await project.RunAsync("evaluate", "--model", BaseModel);

        Assert.Equal(1, exit);
        var evaluation = project.Report().GetProperty("evaluation");
        Assert.Equal("inconclusive", evaluation.GetProperty("verdict").GetString());
        Assert.Equal("fail", project.Report().GetProperty("verdict").GetString());
        Assert.Empty(project.Emulator.Requests.For(EmulatorRoutes.CreateJob));
    }

    [Fact]
    public async Task A_candidate_worse_than_its_baseline_fails()
    {
        await using var project = await Project(string.Empty);
        Assert.Equal(0, await project.RunAsync("train"));
        var tuned = project.Report().GetProperty("training").GetProperty("model_id").GetString();
        project.Write("finetune.yaml", File.ReadAllText(Path.Combine(project.Root, "finetune.yaml")) + $"evaluate:\n  baseline: {tuned}\n  margin: 0.05\n");

        var exit = await project.RunAsync("evaluate", "--model", BaseModel);

        Assert.Equal(1, exit);
        var evaluation = project.Report().GetProperty("evaluation");
        Assert.Equal("fail", evaluation.GetProperty("verdict").GetString());
        Assert.Equal(-1.0, evaluation.GetProperty("delta").GetProperty("mean").GetDouble());
        Assert.Contains("FT7014", project.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unparseable_judge_replies_are_errors_and_the_error_budget_fails_the_run_with_exit_3()
    {
        // The emulator's base model answers "I'm not sure…" to everything, including the judge's prompt.
        await using var project = await Project($"evaluate:\n  metric: judge\n  judge_model: {BaseModel}\n");

        var exit = await project.RunAsync("evaluate");

        Assert.Equal(3, exit);
        Assert.Contains("FT7013", project.Console.Output, StringComparison.Ordinal);
        Assert.Contains("judge reply has no 'Score: N' line", project.Console.Output, StringComparison.Ordinal);
        var evaluation = project.Report().GetProperty("evaluation");
        Assert.Equal("error", evaluation.GetProperty("verdict").GetString());
        Assert.True(evaluation.GetProperty("errors").GetInt32() > 0);
        Assert.Equal("error", project.Report().GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_storm_of_429s_is_survived()
    {
        await using var project = await Project("evaluate:\n  margin: 0.1\n  concurrency: 4\n");
        project.Emulator.Faults.Inject(EmulatorRoutes.ChatCompletions, Fault.RateLimit(TimeSpan.FromSeconds(2)), times: 30);

        var exit = await project.RunAsync("evaluate");

        Assert.True(exit == 0, project.Console.Output);
        var requests = project.Report().GetProperty("evaluation").GetProperty("requests");
        Assert.Equal(30, requests.GetProperty("throttled").GetInt32());
        Assert.Equal(0, requests.GetProperty("failed").GetInt32());
        Assert.Equal(54, project.Emulator.Requests.For(EmulatorRoutes.ChatCompletions).Count);
        Assert.Contains(project.Time.Delays, d => d >= TimeSpan.FromSeconds(2) && d < TimeSpan.FromSeconds(2.2));
    }

    [Fact]
    public async Task A_second_run_is_served_from_the_cache_with_zero_requests()
    {
        await using var project = await Project("evaluate:\n  margin: 0.1\n");
        Assert.Equal(0, await project.RunAsync("evaluate"));
        var chats = project.Emulator.Requests.For(EmulatorRoutes.ChatCompletions).Count;

        var exit = await project.RunAsync("evaluate");

        Assert.Equal(0, exit);
        Assert.Equal(chats, project.Emulator.Requests.For(EmulatorRoutes.ChatCompletions).Count);
        Assert.Empty(project.Emulator.Requests.For(EmulatorRoutes.CreateJob).Skip(1));
        var requests = project.Report().GetProperty("evaluation").GetProperty("requests");
        Assert.Equal(0, requests.GetProperty("sent").GetInt32());
        Assert.Equal(24, requests.GetProperty("cache_hits").GetInt32());
    }

    /// <summary>A trained-on-capitals project whose eval set asks the same twelve questions in other words.</summary>
    private static async Task<TrainProject> Project(string evaluateYaml)
    {
        var project = await TrainProject.StartAsync(new EmulatorOptions { RunningTicks = 2 }, evaluateYaml);
        var eval = new StringBuilder();
        foreach (var pair in TrainingData.Capitals)
        {
            var (country, city) = (pair.Split(':')[0], pair.Split(':')[1]);
            eval.AppendLine(TrainingData.Line(("system", "You answer geography questions."), ("user", $"Tell me the capital of {country}, please."), ("assistant", $"The capital of {country} is {city}.")));
        }

        project.Write("data/eval.jsonl", eval.ToString());
        return project;
    }

    private static void AssertNoSecret(TrainProject project)
    {
        Assert.DoesNotContain(TrainingHarness.ApiKey, project.Console.Output, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(project.ReportDir))
        {
            Assert.DoesNotContain(TrainingHarness.ApiKey, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
