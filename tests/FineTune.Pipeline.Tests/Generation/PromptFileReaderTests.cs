using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Generation;
using FineTune.Pipeline.Generation.Prompts;

namespace FineTune.Pipeline.Tests.Generation;

public sealed class PromptFileReaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("ft-prompts").FullName, "prompts.jsonl");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Fact]
    public void Plain_prompts_get_the_shared_system_prompt_and_messages_lines_keep_their_own()
    {
        var set = Read(
            """
            {"id": "a", "prompt": "Hello?"}
            {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]}
            """, system: "You are helpful.");

        Assert.Empty(set.Diagnostics);
        Assert.Equal(["system", "user"], set.Prompts[0].Messages.Select(m => m.Role));
        Assert.Equal("You are helpful.", set.Prompts[0].Messages[0].Content);
        Assert.Equal("a", set.Prompts[0].Id);
        Assert.Equal("Be brief.", set.Prompts[1].Messages[0].Content);
        Assert.Equal(PromptHash.DefaultId(set.Prompts[1].Hash), set.Prompts[1].Id);
        Assert.Equal(2, set.Prompts[1].Line);
    }

    [Fact]
    public void Each_bad_line_is_an_error_at_the_column_of_the_value_that_is_wrong()
    {
        var set = Read(
            """
            {"id": "a", "prompt": "ok"}
            {"id": "b", "prompt": 42}
            not json
            {"id": "c", "messages": [{"role": "user", "content": "x"}, {"role": "tool", "content": "y"}]}
            {"id": "a", "prompt": "again"}
            {"id": "d", "messages": [{"role": "system", "content": "s"}]}
            [1, 2]
            {"id": "e"}
            {"id": "f", "prompt": "p", "messages": []}
            {"id": "g", "messages": [{"role": "user", "content": ""}]}
            """);

        var lines = set.Diagnostics.Select(d => (d.Line, d.Column, d.Code)).ToList();
        Assert.Equal(
            [
                (2, 23, GenerateCodes.BadPrompt), (3, 2, GenerateCodes.BadPrompt), (4, 69, GenerateCodes.BadPrompt), (5, 8, GenerateCodes.DuplicateId),
                (6, 26, GenerateCodes.BadPrompt), (7, 1, GenerateCodes.BadPrompt), (8, 1, GenerateCodes.BadPrompt), (9, 40, GenerateCodes.BadPrompt),
                (10, 54, GenerateCodes.BadPrompt),
            ],
            lines);
        Assert.All(set.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains("got 42", set.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("Tool turns are not supported", set.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Contains("already used on line 1", set.Diagnostics[3].Message, StringComparison.Ordinal);
        Assert.Contains("must end with the user's turn", set.Diagnostics[4].Message, StringComparison.Ordinal);
        Assert.Single(set.Prompts);
    }

    [Fact]
    public void A_final_assistant_turn_is_dropped_with_one_warning_for_all_lines()
    {
        var set = Read(
            """
            {"messages": [{"role": "user", "content": "q1"}, {"role": "assistant", "content": "old"}]}
            {"messages": [{"role": "user", "content": "q2"}, {"role": "assistant", "content": "old"}]}
            """);

        var warning = Assert.Single(set.Diagnostics);
        Assert.Equal(GenerateCodes.EndsWithAssistant, warning.Code);
        Assert.Equal(1, warning.Line);
        Assert.Contains("2 prompts end with an assistant turn (line 1, 2)", warning.Message, StringComparison.Ordinal);
        Assert.All(set.Prompts, p => Assert.Equal("user", p.Messages[^1].Role));
    }

    [Fact]
    public void A_repeated_prompt_is_skipped_with_a_warning_and_blank_lines_and_a_BOM_are_ignored()
    {
        File.WriteAllText(_path, "\uFEFF{\"prompt\": \"same\"}\n\n  \n{\"prompt\": \"same\"}\r\n");

        var set = PromptFileReader.Read(_path, null, "prompts.jsonl");

        Assert.Single(set.Prompts);
        var warning = Assert.Single(set.Diagnostics);
        Assert.Equal((GenerateCodes.DuplicatePrompt, 4), (warning.Code, warning.Line));
    }

    [Fact]
    public void An_empty_file_has_no_prompt_and_says_how_to_write_one()
    {
        var set = Read("\n\n");

        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(GenerateCodes.NoPrompts, error.Code);
    }

    [Fact]
    public void Invalid_UTF8_is_reported_at_its_column()
    {
        File.WriteAllBytes(_path, [.. "{\"prompt\": \"caf"u8, 0xC3, 0x28, .. "\"}\n"u8]);

        var error = Assert.Single(PromptFileReader.Read(_path, null, "prompts.jsonl").Diagnostics);

        Assert.Equal((1, 16), (error.Line, error.Column));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_of_a_prompt_is_the_hash_of_its_messages_whatever_the_line_looks_like()
    {
        var set = Read(
            """
            {"id": 7, "prompt": "Hi"}
            """, system: "S");
        var same = Read(
            """
            {"messages": [{"content": "S", "role": "system"}, {"role": "user", "content": "Hi"}], "metadata": {"x": 1}}
            """);

        Assert.Equal(set.Prompts[0].Hash, same.Prompts[0].Hash);
        Assert.Equal("7", set.Prompts[0].Id);
    }

    private PromptSet Read(string text, string? system = null)
    {
        File.WriteAllText(_path, text);
        return PromptFileReader.Read(_path, system, "prompts.jsonl");
    }
}
