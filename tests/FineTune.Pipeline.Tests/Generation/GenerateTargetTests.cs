using System.Text.Json;
using FineTune.Pipeline.Tests.Training;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Generation;

/// <summary>
/// <c>finetune generate</c> (and the targets after it) through the real runner, loader and validator against the
/// emulator's scripted teacher and judge, on virtual time.
/// </summary>
public sealed class GenerateTargetTests
{
    [Fact]
    public async Task Cost_generates_the_training_data_first_then_validates_and_estimates_it()
    {
        await using var project = await DistillProject.StartAsync();

        var exit = await project.RunAsync("cost");

        Assert.True(exit == 0, project.Console.Output);
        var lines = project.TrainLines();
        Assert.Equal(12, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement.GetProperty("messages");
        Assert.Equal(["system", "user", "assistant"], first.EnumerateArray().Select(m => m.GetProperty("role").GetString()));
        Assert.Equal(DistillProject.System, first[0].GetProperty("content").GetString());
        Assert.Equal("What is the capital of France?", first[1].GetProperty("content").GetString());
        Assert.Equal("The capital of France is Paris.", first[2].GetProperty("content").GetString());
        Assert.Equal("The capital of Ireland is Dublin.", JsonDocument.Parse(lines[^1]).RootElement.GetProperty("messages")[2].GetProperty("content").GetString());

        var report = project.Report();
        Assert.Equal(["generate", "validate", "cost"], report.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(12, report.GetProperty("datasets").GetProperty("train").GetProperty("examples").GetInt32());
        var generation = report.GetProperty("generation");
        Assert.Equal(DistillProject.Teacher, generation.GetProperty("teacher").GetString());
        Assert.Equal(12, generation.GetProperty("prompts").GetInt32());
        Assert.Equal(12, generation.GetProperty("generated").GetInt32());
        Assert.Equal(0, generation.GetProperty("reused").GetInt32());
        Assert.Equal(0, generation.GetProperty("filtered").GetInt32());
        Assert.Equal(0, generation.GetProperty("failed").GetInt32());
        Assert.Equal(0, generation.GetProperty("cache_hits").GetInt32());
        Assert.Equal("data/train.jsonl", generation.GetProperty("output").GetString());
        Assert.True(generation.GetProperty("estimated_usd").GetDecimal() >= generation.GetProperty("actual_usd").GetDecimal());
        Assert.True(generation.GetProperty("actual_usd").GetDecimal() > 0);
        Assert.Equal(12, project.TeacherQuestions().Count);
        Assert.Contains("Generation", project.Console.Output, StringComparison.Ordinal);
        Assert.Contains("### Generation", File.ReadAllText(Path.Combine(project.ReportDir, "summary.md")), StringComparison.Ordinal);
        AssertNoSecret(project);
    }

    [Fact]
    public async Task The_provenance_file_records_teacher_settings_prompts_hash_and_each_prompt()
    {
        await using var project = await DistillProject.StartAsync();

        Assert.Equal(0, await project.RunAsync("generate"));

        var provenance = JsonDocument.Parse(File.ReadAllText(project.ProvenancePath)).RootElement;
        Assert.Equal(DistillProject.Teacher, provenance.GetProperty("teacher").GetString());
        Assert.StartsWith("http://127.0.0.1:", provenance.GetProperty("endpoint").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("/v1", provenance.GetProperty("endpoint").GetString(), StringComparison.Ordinal);
        Assert.Equal(1024, provenance.GetProperty("settings").GetProperty("max_tokens").GetInt32());
        Assert.Equal(64, provenance.GetProperty("prompts_sha256").GetString()!.Length);
        var entries = provenance.GetProperty("entries");
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"q{i}"), entries.EnumerateObject().Select(e => e.Name));
        Assert.Equal(1, entries.GetProperty("q1").GetProperty("lines").GetInt32());
        Assert.Equal(project.Time.GetUtcNow(), entries.GetProperty("q1").GetProperty("generated_at").GetDateTimeOffset());
        AssertNoSecret(project);
    }

    [Fact]
    public async Task A_second_run_asks_nothing_and_reuses_every_answer()
    {
        await using var project = await DistillProject.StartAsync();
        Assert.Equal(0, await project.RunAsync("generate"));
        var before = File.ReadAllText(project.TrainPath);
        var provenance = File.ReadAllText(project.ProvenancePath);
        project.Emulator.Requests.Clear();

        var exit = await project.RunAsync("generate");

        Assert.Equal(0, exit);
        Assert.Empty(project.Emulator.Requests.For(EmulatorRoutes.ChatCompletions));
        Assert.Equal(before, File.ReadAllText(project.TrainPath));
        Assert.Equal(provenance, File.ReadAllText(project.ProvenancePath)); // a run that wrote nothing records nothing (a committed file stays clean)
        Assert.Equal(12, project.Generation().GetProperty("reused").GetInt32());
        Assert.Equal(0, project.Generation().GetProperty("generated").GetInt32());
    }

    [Fact]
    public async Task A_cancelled_run_keeps_what_it_wrote_and_the_next_run_asks_only_the_rest()
    {
        await using var project = await DistillProject.StartAsync();
        using var cancel = new CancellationTokenSource();
        var asked = 0;
        project.Emulator.OnRequest = route =>
        {
            if (route == EmulatorRoutes.ChatCompletions && Interlocked.Increment(ref asked) == 5)
            {
                cancel.Cancel();
            }
        };

        var exit = await project.RunAsync(cancel.Token, "cost");

        Assert.Equal(3, exit);
        Assert.Contains("FT9004", project.Console.Output, StringComparison.Ordinal);
        var kept = project.TrainLines();
        Assert.InRange(kept.Length, 3, 5);
        Assert.All(kept, line => JsonDocument.Parse(line));
        Assert.True(project.Generation().GetProperty("cancelled").GetBoolean());
        Assert.Equal(kept.Length, project.Generation().GetProperty("generated").GetInt32());
        var answered = kept.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("messages")[1].GetProperty("content").GetString()).ToHashSet();

        // The output alone says what is answered: without the response cache nothing answered is asked again.
        project.Emulator.OnRequest = null;
        project.Emulator.Requests.Clear();
        project.DeleteCache();
        exit = await project.RunAsync("cost");

        Assert.True(exit == 0, project.Console.Output);
        var asked2 = project.TeacherQuestions();
        Assert.Equal(12 - kept.Length, asked2.Count);
        Assert.Empty(asked2.Intersect(answered));
        Assert.Equal(12, project.TrainLines().Length);
        Assert.Equal(kept.Length, project.Generation().GetProperty("reused").GetInt32());
        Assert.Equal(
            Training.Emulator.TrainingData.Capitals.Select(p => $"The capital of {p.Split(':')[0]} is {p.Split(':')[1]}."),
            project.TrainLines().Select(l => JsonDocument.Parse(l).RootElement.GetProperty("messages")[2].GetProperty("content").GetString()));
    }

    [Fact]
    public async Task Over_budget_nothing_is_sent_and_nothing_is_written()
    {
        await using var project = await DistillProject.StartAsync("  budget_usd: 0.01\n");

        var exit = await project.RunAsync("cost");

        Assert.Equal(1, exit);
        Assert.Empty(project.Emulator.Requests.All);
        Assert.False(File.Exists(project.TrainPath));
        Assert.Contains("FT8009", project.Console.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was sent", project.Console.Output, StringComparison.Ordinal);
        var generation = project.Generation();
        Assert.True(generation.GetProperty("estimated_usd").GetDecimal() > 0.01m);
        Assert.Equal(["generate", "validate", "cost"], project.Report().GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("skipped", project.Report().GetProperty("tasks")[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_filter_drops_the_answers_the_judge_grades_below_min_score_and_says_why()
    {
        await using var project = await DistillProject.StartAsync($"  filter:\n    model: {DistillProject.Judge}\n    min_score: 4\n");
        project.TeacherScript = chat => chat.LastUser.Contains("Spain", StringComparison.Ordinal) || chat.LastUser.Contains("Greece", StringComparison.Ordinal)
            ? "Probably Barcelona, I think."
            : DistillProject.Answer(chat.LastUser);
        project.JudgeScript = chat => chat.LastUser.Contains("Barcelona", StringComparison.Ordinal)
            ? "Reasoning: Barcelona is not the capital; the answer is wrong and hedges.\nScore: 1"
            : "Reasoning: Correct and concise.\nScore: 5";

        var exit = await project.RunAsync("generate");

        Assert.True(exit == 0, project.Console.Output);
        var lines = project.TrainLines();
        Assert.Equal(10, lines.Length);
        Assert.DoesNotContain(lines, l => l.Contains("Barcelona", StringComparison.Ordinal));
        var generation = project.Generation();
        Assert.Equal(12, generation.GetProperty("generated").GetInt32());
        Assert.Equal(2, generation.GetProperty("filtered").GetInt32());
        Assert.Equal(DistillProject.Judge, generation.GetProperty("judge").GetString());
        var dropped = generation.GetProperty("dropped").EnumerateArray().ToList();
        Assert.Equal(["q4", "q8"], dropped.Select(d => d.GetProperty("id").GetString()));
        Assert.All(dropped, d => Assert.Equal(1, d.GetProperty("score").GetInt32()));
        Assert.Contains("Barcelona is not the capital", dropped[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("FT8016", project.Console.Output, StringComparison.Ordinal);
        var summary = File.ReadAllText(Path.Combine(project.ReportDir, "summary.md"));
        Assert.Contains("Dropped answers", summary, StringComparison.Ordinal);
        Assert.Contains("Barcelona is not the capital", summary, StringComparison.Ordinal);

        // A prompt whose every answer was dropped is done: the next run does not ask it again.
        project.Emulator.Requests.Clear();
        Assert.Equal(0, await project.RunAsync("generate"));
        Assert.Empty(project.Emulator.Requests.All);
        Assert.Equal(12, project.Generation().GetProperty("reused").GetInt32());
    }

    [Fact]
    public async Task A_torn_last_line_is_cut_off_and_only_its_prompt_is_asked_again()
    {
        await using var project = await DistillProject.StartAsync();
        Assert.Equal(0, await project.RunAsync("generate"));
        var whole = File.ReadAllBytes(project.TrainPath);
        File.WriteAllBytes(project.TrainPath, whole[..^20]);
        File.Delete(project.ProvenancePath);
        project.DeleteCache();
        project.Emulator.Requests.Clear();

        var exit = await project.RunAsync("cost");

        Assert.True(exit == 0, project.Console.Output);
        Assert.Contains("FT8012", project.Console.Output, StringComparison.Ordinal);
        Assert.Equal(["What is the capital of Ireland?"], project.TeacherQuestions());
        Assert.Equal(whole, File.ReadAllBytes(project.TrainPath));
    }

    [Fact]
    public async Task A_changed_prompt_is_asked_again_and_its_new_answer_replaces_the_old_one()
    {
        await using var project = await DistillProject.StartAsync();
        Assert.Equal(0, await project.RunAsync("generate"));
        var prompts = File.ReadAllText(Path.Combine(project.Root, "prompts.jsonl"));
        project.Write("prompts.jsonl", prompts.Replace("capital of Italy?", "capital of Italy, please?", StringComparison.Ordinal));
        project.Emulator.Requests.Clear();

        var exit = await project.RunAsync("generate");

        Assert.True(exit == 0, project.Console.Output);
        Assert.Equal(["What is the capital of Italy, please?"], project.TeacherQuestions());
        var lines = project.TrainLines();
        Assert.Equal(12, lines.Length);
        Assert.DoesNotContain(lines, l => l.Contains("capital of Italy?", StringComparison.Ordinal));
        Assert.Contains("capital of Italy, please?", lines[2], StringComparison.Ordinal);
        Assert.Contains("FT8014", project.Console.Output, StringComparison.Ordinal);
        Assert.Equal(1, project.Generation().GetProperty("changed").GetInt32());
        Assert.Equal(11, project.Generation().GetProperty("reused").GetInt32());
    }

    [Fact]
    public async Task Failed_requests_fail_the_stage_with_exit_3_and_a_rerun_asks_only_the_failed_prompts()
    {
        await using var project = await DistillProject.StartAsync("  max_retries: 1\n  max_failures: 5\n");
        project.Emulator.Faults.Inject(EmulatorRoutes.ChatCompletions, Fault.BadRequest("content policy"), times: 3, skip: 2);

        var exit = await project.RunAsync("generate");

        Assert.True(exit == 0, project.Console.Output);
        Assert.Contains("FT8015", project.Console.Output, StringComparison.Ordinal);
        Assert.Equal(3, project.Generation().GetProperty("failed").GetInt32());
        Assert.Equal(9, project.TrainLines().Length);

        project.Write("finetune.yaml", File.ReadAllText(Path.Combine(project.Root, "finetune.yaml")).Replace("max_failures: 5", "max_failures: 0", StringComparison.Ordinal));
        project.Emulator.Faults.Inject(EmulatorRoutes.ChatCompletions, Fault.ServerError(500));
        Assert.Equal(3, await project.RunAsync("generate"));
        Assert.Contains("error FT8015", project.Console.Output, StringComparison.Ordinal);
        Assert.Equal(9, project.TrainLines().Length);
    }

    [Fact]
    public async Task Best_of_n_keeps_the_candidate_the_judge_grades_highest()
    {
        await using var project = await DistillProject.StartAsync($"  n: 3\n  temperature: 0.8\n  select: best\n  filter:\n    model: {DistillProject.Judge}\n    min_score: 3\n");
        project.TeacherScript = chat => $"{DistillProject.Answer(chat.LastUser)} (draft {chat.Seed})";
        project.JudgeScript = chat => chat.LastUser.Contains("(draft 1)", StringComparison.Ordinal)
            ? "Reasoning: Best.\nScore: 5"
            : "Reasoning: Fine.\nScore: 4";

        var exit = await project.RunAsync("generate", "-c", "finetune.yaml");

        Assert.True(exit == 0, project.Console.Output);
        var lines = project.TrainLines();
        Assert.Equal(12, lines.Length);
        Assert.All(lines, l => Assert.Contains("(draft 1)", l, StringComparison.Ordinal));
        Assert.Equal(0, project.Generation().GetProperty("filtered").GetInt32());
        Assert.Equal(36, project.TeacherQuestions().Count);
    }

    [Fact]
    public async Task An_answer_cut_off_at_max_tokens_is_dropped()
    {
        await using var project = await DistillProject.StartAsync("  max_tokens: 5\n");

        var exit = await project.RunAsync("generate");

        Assert.True(exit == 0, project.Console.Output);
        Assert.Empty(project.TrainLines());
        Assert.Equal(12, project.Generation().GetProperty("filtered").GetInt32());
        Assert.Contains("cut off at max_tokens (5)", project.Generation().GetProperty("dropped")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private static void AssertNoSecret(DistillProject project)
    {
        Assert.DoesNotContain(TrainingHarness.ApiKey, project.Console.Output, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(project.ReportDir).Append(project.ProvenancePath))
        {
            Assert.DoesNotContain(TrainingHarness.ApiKey, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
