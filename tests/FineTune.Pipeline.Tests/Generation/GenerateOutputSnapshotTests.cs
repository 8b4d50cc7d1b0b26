using System.Text.RegularExpressions;
using FineTune.Pipeline.Testing;

namespace FineTune.Pipeline.Tests.Generation;

/// <summary>What a person reads after <c>finetune generate</c>: the console log and the summary's generation section.</summary>
public sealed partial class GenerateOutputSnapshotTests
{
    [Fact]
    public async Task The_console_shows_the_plan_the_generation_table_and_the_filtered_answers()
    {
        await using var project = await DistillProject.StartAsync($"  filter:\n    model: {DistillProject.Judge}\n");
        project.TeacherScript = chat => chat.LastUser.Contains("Spain", StringComparison.Ordinal) ? "Barcelona." : DistillProject.Answer(chat.LastUser);
        project.JudgeScript = chat => chat.LastUser.Contains("Barcelona", StringComparison.Ordinal)
            ? "Reasoning: Barcelona is not the capital of Spain.\nScore: 1"
            : "Reasoning: Correct.\nScore: 5";
        Assert.Equal(0, await project.RunAsync("generate"));
        var first = project.Console.Output;

        Assert.Equal(0, await project.RunAsync("generate"));

        Snapshot.Verify(Scrub(first + "\n--- second run ---\n" + project.Console.Output, project));
    }

    [Fact]
    public async Task The_summary_has_a_generation_section_with_the_judges_reasons()
    {
        await using var project = await DistillProject.StartAsync($"  filter:\n    model: {DistillProject.Judge}\n");
        project.TeacherScript = chat => chat.LastUser.Contains("Spain", StringComparison.Ordinal) ? "Barcelona." : DistillProject.Answer(chat.LastUser);
        project.JudgeScript = chat => chat.LastUser.Contains("Barcelona", StringComparison.Ordinal)
            ? "Reasoning: Barcelona is not the capital of Spain.\nScore: 1"
            : "Reasoning: Correct.\nScore: 5";
        Assert.Equal(0, await project.RunAsync("cost"));

        var summary = File.ReadAllText(Path.Combine(project.ReportDir, "summary.md"));
        var section = summary[summary.IndexOf("### Generation", StringComparison.Ordinal)..summary.IndexOf("### Datasets", StringComparison.Ordinal)];

        Snapshot.Verify(Scrub(section, project), "md");
    }

    private static string Scrub(string text, DistillProject project) =>
        Port().Replace(Snapshot.Scrub(text, project.Root), "127.0.0.1:{port}");

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex Port();
}
