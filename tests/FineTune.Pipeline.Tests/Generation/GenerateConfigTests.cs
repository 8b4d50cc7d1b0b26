using System.Text.Json;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Generation;
using FineTune.Pipeline.Generation.Prompts;
using FineTune.Pipeline.Tests.Training;

namespace FineTune.Pipeline.Tests.Generation;

/// <summary>The <c>generate:</c> section: where the stage sits in the task graph, and what bad settings are told.</summary>
public sealed class GenerateConfigTests
{
    [Fact]
    public async Task With_a_generate_section_every_target_runs_generate_first()
    {
        await using var project = await DistillProject.StartAsync();

        Assert.Equal(0, await project.RunAsync("train", "--dry-run"));

        Assert.Contains("1. generate", project.Console.Output, StringComparison.Ordinal);
        Assert.Contains("2. validate", project.Console.Output, StringComparison.Ordinal);
        Assert.Contains("4. train", project.Console.Output, StringComparison.Ordinal);
        Assert.Empty(project.Emulator.Requests.All);
    }

    [Fact]
    public async Task Without_a_generate_section_the_plan_is_unchanged_and_generate_alone_is_a_usage_error()
    {
        await using var project = await TrainProject.StartAsync();

        Assert.Equal(0, await project.RunAsync("cost", "--dry-run"));
        Assert.Contains("1. validate", project.Console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("generate", project.Console.Output, StringComparison.Ordinal);

        Assert.Equal(0, await project.RunAsync("cost"));
        Assert.False(project.Report().TryGetProperty("generation", out _));

        Assert.Equal(2, await project.RunAsync("generate"));
        Assert.Contains("error FT8001", project.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_teacher_and_prompts_and_contradicting_settings_are_all_reported_at_their_keys()
    {
        await using var project = await DistillProject.StartAsync();
        var yaml = File.ReadAllText(Path.Combine(project.Root, "finetune.yaml"));
        yaml = yaml.Replace("  teacher: teacher-model\n", string.Empty, StringComparison.Ordinal)
            .Replace("prompts: prompts.jsonl", "prompts: missing.jsonl", StringComparison.Ordinal)
            + "  select: best\n  n: 2\n  base_url: ftp://example.com\n";
        project.Write("finetune.yaml", yaml);

        var exit = await project.RunAsync("generate");

        Assert.Equal(2, exit);
        var lines = project.Console.Output.Split('\n');
        string Line(string code) => lines.Single(l => l.Contains(code, StringComparison.Ordinal));
        Assert.StartsWith("finetune.yaml(15,3): error FT8002", Line("FT8002"), StringComparison.Ordinal);
        Assert.Matches(@"^finetune\.yaml\(\d+,12\): error FT8003: prompts file not found", Line("FT8003"));
        Assert.Contains("`select: best` keeps the candidate the judge grades highest", project.Console.Output, StringComparison.Ordinal);
        Assert.Contains("warning FT8018", project.Console.Output, StringComparison.Ordinal);
        Assert.Contains("('ftp://example.com') is not an http(s) URL", project.Console.Output, StringComparison.Ordinal);
        Assert.Empty(project.Emulator.Requests.All);
    }

    [Fact]
    public async Task A_bad_prompt_line_stops_the_run_before_any_request_with_exit_1()
    {
        await using var project = await DistillProject.StartAsync();
        File.AppendAllText(Path.Combine(project.Root, "prompts.jsonl"), "{\"id\": \"q99\", \"prompt\": \"\"}\n");

        var exit = await project.RunAsync("cost");

        Assert.Equal(1, exit);
        Assert.Contains("prompts.jsonl(13,25): error FT8004: `prompt` must be a non-empty string", project.Console.Output, StringComparison.Ordinal);
        Assert.Empty(project.Emulator.Requests.All);
        Assert.False(File.Exists(project.TrainPath));
    }

    [Fact]
    public async Task An_unpriced_teacher_with_a_budget_is_refused_before_anything_is_sent()
    {
        await using var project = await DistillProject.StartAsync("  budget_usd: 5\n");
        project.Write("finetune.yaml", File.ReadAllText(Path.Combine(project.Root, "finetune.yaml")).Replace("    teacher-model:\n      input: 1.0\n      output: 2.0\n", string.Empty, StringComparison.Ordinal));

        var exit = await project.RunAsync("generate");

        Assert.Equal(2, exit);
        Assert.Contains("error FT8010: no price is known for `teacher-model`", project.Console.Output, StringComparison.Ordinal);
        Assert.Empty(project.Emulator.Requests.All);
    }

    [Fact]
    public async Task The_output_being_generated_need_not_exist_when_the_configuration_loads()
    {
        await using var project = await DistillProject.StartAsync();

        var loaded = ConfigLoader.Load(Path.Combine(project.Root, "finetune.yaml"), new Dictionary<string, string>());

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == ConfigCodes.DataFileNotFound);
        Assert.Equal(Path.Combine(project.Root, "prompts.jsonl"), loaded.Config!.Generate!.Prompts);
    }

    [Fact]
    public async Task The_estimate_counts_exact_prompt_tokens_and_max_tokens_per_answer()
    {
        await using var project = await DistillProject.StartAsync("  max_tokens: 100\n  budget_usd: 0.0001\n");

        Assert.Equal(1, await project.RunAsync("generate"));

        // 12 prompts: cookbook formula 3 + Σ(3 + role + content) on o200k counts; 100 output tokens each at $2/M, input at $1/M.
        var counter = FineTune.Pipeline.Tokens.TokenCounterFactory.Get("o200k_base");
        var prompts = PromptFileReader.Read(Path.Combine(project.Root, "prompts.jsonl"), DistillProject.System, "p").Prompts;
        var input = prompts.Sum(p => GenerationCostEstimator.ChatTokens(p.Messages, t => counter.CountTokens(t)));
        var expected = ((input * 1.0m) + (12 * 100 * 2.0m)) / 1_000_000m;
        Assert.Equal(expected, project.Generation().GetProperty("estimated_usd").GetDecimal());
        Assert.Contains("1,200 output tokens", project.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_every_prompt_is_answered_no_API_key_is_needed()
    {
        await using var project = await DistillProject.StartAsync();
        Assert.Equal(0, await project.RunAsync("generate"));
        var yaml = File.ReadAllText(Path.Combine(project.Root, "finetune.yaml"));
        project.Write("finetune.yaml", yaml.Replace($"  teacher: {DistillProject.Teacher}\n", $"  teacher: {DistillProject.Teacher}\n  base_url: https://api.openai.com/v1\n  api_key_env: UNSET_TEACHER_KEY\n", StringComparison.Ordinal));

        Assert.Equal(0, await project.RunAsync("cost"));
        Assert.Equal(12, project.Generation().GetProperty("reused").GetInt32());

        File.AppendAllText(Path.Combine(project.Root, "prompts.jsonl"), "{\"id\": \"q13\", \"prompt\": \"What is the capital of Denmark?\"}\n");
        Assert.Equal(2, await project.RunAsync("cost"));
        Assert.Contains("error FT8011: the environment variable UNSET_TEACHER_KEY is not set", project.Console.Output, StringComparison.Ordinal);
    }
}
