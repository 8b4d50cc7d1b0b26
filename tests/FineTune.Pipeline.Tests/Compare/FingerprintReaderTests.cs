using FineTune.Pipeline.Compare;

namespace FineTune.Pipeline.Tests.Compare;

public sealed class FingerprintReaderTests
{
    private const string Example = """{"messages":[{"role":"system","content":"You are Ledgerly's assistant."},{"role":"user","content":"How do I export invoices?"},{"role":"assistant","content":"Open Invoices, then Export."}]}""";

    private static ExampleFingerprint Of(string line) => FingerprintReader.TryFingerprint(line)!.Value;

    [Fact]
    public void Whitespace_and_formatting_do_not_change_the_fingerprint()
    {
        var spaced = Example.Replace(",\"", ", \"", StringComparison.Ordinal).Replace(":", " : ", StringComparison.Ordinal);

        Assert.Equal(Of(Example), Of(spaced));
    }

    [Fact]
    public void A_new_answer_keeps_the_prompt_and_changes_the_answer()
    {
        var edited = Of(Example.Replace("Open Invoices, then Export.", "Go to Invoices > Export.", StringComparison.Ordinal));

        Assert.Equal(Of(Example).Prompt, edited.Prompt);
        Assert.NotEqual(Of(Example).Answer, edited.Answer);
    }

    [Fact]
    public void A_different_question_or_system_prompt_is_a_different_prompt()
    {
        Assert.NotEqual(Of(Example).Prompt, Of(Example.Replace("export invoices", "export clients", StringComparison.Ordinal)).Prompt);
        Assert.NotEqual(Of(Example).Prompt, Of(Example.Replace("Ledgerly's", "Acme's", StringComparison.Ordinal)).Prompt);
    }

    [Fact]
    public void Tools_belong_to_the_answer_side_so_changing_them_is_a_change()
    {
        var withTools = Example.TrimEnd('}') + ""","tools":[{"type":"function","function":{"name":"lookup"}}]}""";

        Assert.Equal(Of(Example).Prompt, Of(withTools).Prompt);
        Assert.NotEqual(Of(Example).Answer, Of(withTools).Answer);
    }

    [Fact]
    public void Dpo_lines_are_identified_by_their_input()
    {
        var dpo = """{"input":{"messages":[{"role":"user","content":"Hi"}]},"preferred_output":[{"role":"assistant","content":"Hello!"}],"non_preferred_output":[{"role":"assistant","content":"What."}]}""";
        var other = dpo.Replace("Hello!", "Hi there!", StringComparison.Ordinal);

        Assert.Equal(Of(dpo).Prompt, Of(other).Prompt);
        Assert.NotEqual(Of(dpo).Answer, Of(other).Answer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"messages\": [")]
    public void Lines_that_are_not_json_objects_are_skipped(string line)
        => Assert.Null(FingerprintReader.TryFingerprint(line));

    [Fact]
    public void A_file_is_read_line_by_line_skipping_bad_lines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Example + "\n\nnot json\n" + Example + "\n");

            Assert.Equal(2, FingerprintReader.Read(path).Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lines_longer_than_the_limit_are_skipped_as_validation_skips_them()
    {
        var path = Path.GetTempFileName();
        try
        {
            var tooLong = Example.Replace("How do I export invoices?", new string('x', 5_000), StringComparison.Ordinal);
            File.WriteAllText(path, Example + "\n" + tooLong + "\n" + Example);

            Assert.Equal(2, FingerprintReader.Read(path, maxLineBytes: 1_000).Count());
            Assert.Equal(3, FingerprintReader.Read(path).Count());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
