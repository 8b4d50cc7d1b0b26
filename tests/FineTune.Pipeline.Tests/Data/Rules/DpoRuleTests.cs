using static FineTune.Pipeline.Tests.Data.Rules.RuleAssert;

namespace FineTune.Pipeline.Tests.Data.Rules;

public sealed class DpoRuleTests
{
    private const string Pair =
        """{"input":{"messages":[{"role":"user","content":"Hi"}]},"preferred_output":[{"role":"assistant","content":"Hello! How can I help?"}],"non_preferred_output":[{"role":"assistant","content":"What."}]}""";

    [Fact]
    public void Valid_pair_has_no_errors()
    {
        var outcome = Run(Dpo, [Pair]);
        Assert.False(outcome.HasErrors, string.Join("\n", outcome.Diagnostics));
        Assert.Equal(1, outcome.Train.Examples);
    }

    [Fact]
    public void Chat_line_in_a_dpo_dataset_is_FT2020_and_says_to_set_the_format()
    {
        var d = FindsAt("FT2020", "[", Dpo, Examples.Valid);
        Assert.Contains("data.format: chat", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_without_messages_is_FT2020()
        => FindsAt("FT2020", "{\"prompt\"", Dpo, """{"input":{"prompt":"x"},"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]}""");

    [Fact]
    public void Output_with_two_messages_is_FT2021()
        => FindsAt("FT2021", "[{\"role\":\"assistant\",\"content\":\"a\"},", Dpo, """{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"},{"role":"assistant","content":"b"}],"non_preferred_output":[{"role":"assistant","content":"c"}]}""");

    [Fact]
    public void Output_from_the_user_is_FT2021()
        => FindsAt("FT2021", "{\"role\":\"user\",\"content\":\"c\"}", Dpo, """{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"user","content":"c"}]}""");

    [Fact]
    public void Missing_non_preferred_output_is_FT2021()
        => FindsAt("FT2021", "{", Dpo, """{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}]}""");

    [Fact]
    public void Identical_outputs_are_FT2022()
        => FindsAt("FT2022", "[{\"role\":\"assistant\",\"content\":\"same\"}]}", Dpo, """{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"same"}],"non_preferred_output":[{"role":"assistant","content":"same"}]}""");
}
