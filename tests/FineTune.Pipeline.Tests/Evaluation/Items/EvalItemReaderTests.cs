using FineTune.Pipeline.Evaluation.Items;

namespace FineTune.Pipeline.Tests.Evaluation.Items;

public sealed class EvalItemReaderTests
{
    [Fact]
    public void Prompt_is_everything_before_the_last_assistant_turn_and_reference_is_that_turn()
    {
        var set = Read("""{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"},{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}""");

        var item = Assert.Single(set.Items);
        Assert.Equal(["system", "user", "assistant", "user"], item.Prompt.Select(m => m.Role));
        Assert.Equal("4", item.Reference);
        Assert.Equal("2+2?", item.Question);
        Assert.Equal("eval.jsonl:1", item.Id);
    }

    [Fact]
    public void Tags_group_and_id_are_read_from_the_line_or_its_metadata()
    {
        var set = Read(
            """{"id":"q-1","tags":["billing","en"],"group":"conv-7","messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]}""",
            """{"metadata":{"tags":"refunds","group":"conv-8"},"messages":[{"role":"user","content":"c"},{"role":"assistant","content":"d"}]}""");

        Assert.Equal("q-1", set.Items[0].Id);
        Assert.Equal(["billing", "en"], set.Items[0].Tags);
        Assert.Equal("conv-7", set.Items[0].Group);
        Assert.Equal(["refunds"], set.Items[1].Tags);
        Assert.Equal("conv-8", set.Items[1].Group);
        Assert.Equal(2, set.Items[1].Line);
    }

    [Fact]
    public void Content_given_as_text_parts_is_joined()
    {
        var set = Read("""{"messages":[{"role":"user","content":[{"type":"text","text":"Say "},{"type":"text","text":"yes"}]},{"role":"assistant","content":"yes"}]}""");

        Assert.Equal("Say yes", Assert.Single(set.Items).Question);
    }

    [Fact]
    public void Lines_without_a_reference_are_skipped_with_a_warning_on_their_line()
    {
        var set = Read(
            """{"messages":[{"role":"user","content":"a"}]}""",
            "not json",
            """{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"ok"}]}""");

        Assert.Single(set.Items);
        Assert.Equal([1, 2], set.Diagnostics.Select(d => d.Line));
        Assert.All(set.Diagnostics, d => Assert.Equal("FT7001", d.Code));
        Assert.Contains("no assistant message", set.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_without_any_item_is_an_error()
    {
        var set = Read(string.Empty);

        var diagnostic = Assert.Single(set.Diagnostics);
        Assert.Equal("FT7002", diagnostic.Code);
        Assert.Equal(FineTune.Pipeline.Diagnostics.Severity.Error, diagnostic.Severity);
    }

    private static EvalItemSet Read(params string[] lines)
        => EvalItemReader.ReadLines(lines.Select((l, i) => (i + 1, l)), "eval.jsonl");
}
