using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Generation.Output;
using FineTune.Pipeline.Generation.Prompts;

namespace FineTune.Pipeline.Tests.Generation;

public sealed class OutputFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("ft-output").FullName, "train.jsonl");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Fact]
    public void An_answer_line_names_its_prompt_by_the_hash_of_the_messages_before_the_answer()
    {
        IReadOnlyList<ChatMessage> prompt = [ChatMessage.System("S"), ChatMessage.User("Q — é")];

        var line = TrainingLine.Format(prompt, "A\nB");

        Assert.Equal("""{"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q — é"},{"role":"assistant","content":"A\nB"}]}""", line);
        Assert.Equal(PromptHash.Compute(prompt), TrainingLine.PromptHashOf(System.Text.Encoding.UTF8.GetBytes(line)));
        Assert.Null(TrainingLine.PromptHashOf("""{"messages":[{"role":"user","content":"Q"}]}"""u8));
        Assert.Null(TrainingLine.PromptHashOf("not json"u8));
    }

    [Fact]
    public void A_complete_last_line_without_its_newline_gets_the_newline_back_and_is_kept()
    {
        File.WriteAllText(_path, Line("a") + "\n" + Line("b"));

        var scan = OutputFile.ScanAndRepair(_path);

        Assert.True(scan.NewlineAdded);
        Assert.Equal(0, scan.TornBytesRemoved);
        Assert.Equal(2, scan.Lines.Count);
        Assert.Equal(Line("a") + "\n" + Line("b") + "\n", File.ReadAllText(_path));
    }

    [Fact]
    public void A_torn_last_line_is_cut_off_in_place()
    {
        var torn = Line("b")[..20];
        File.WriteAllText(_path, Line("a") + "\n" + torn);

        var scan = OutputFile.ScanAndRepair(_path);

        Assert.Equal(torn.Length, scan.TornBytesRemoved);
        Assert.Equal(Line("a") + "\n", File.ReadAllText(_path));
        Assert.Single(scan.Lines);
    }

    [Fact]
    public void A_rewrite_keeps_the_chosen_lines_byte_for_byte_in_the_order_given_and_leaves_no_temporary_file()
    {
        File.WriteAllText(_path, Line("a") + "\n" + "hand-written, not JSON\n" + Line("c") + "\r\n");
        var scan = OutputFile.ScanAndRepair(_path);

        OutputFile.Rewrite(_path, [scan.Lines[2], scan.Lines[1]]);

        Assert.Equal(Line("c") + "\nhand-written, not JSON\n", File.ReadAllText(_path));
        Assert.Null(scan.Lines[1].PromptHash);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_path)!));
    }

    [Fact]
    public void A_second_lock_on_the_same_output_fails_until_the_first_is_released()
    {
        using (OutputLock.Take(_path))
        {
            var error = Assert.Throws<IOException>(() => OutputLock.Take(_path));
            Assert.Contains("another 'finetune generate' is writing", error.Message, StringComparison.Ordinal);
        }

        using var again = OutputLock.Take(_path);
    }

    private static string Line(string question) => TrainingLine.Format([ChatMessage.User(question)], "answer to " + question);
}
