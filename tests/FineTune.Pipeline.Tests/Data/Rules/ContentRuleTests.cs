using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;
using static FineTune.Pipeline.Tests.Data.Rules.RuleAssert;

namespace FineTune.Pipeline.Tests.Data.Rules;

public sealed class ContentRuleTests
{
    [Fact]
    public void Whitespace_only_content_is_FT3001()
        => FindsAt("FT3001", "\"   \"", """{"messages":[{"role":"user","content":"   "},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Empty_assistant_content_with_tool_calls_is_not_FT3001()
        => Clean("FT3001", """{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c","content":"1"},{"role":"assistant","content":"done"}]}""");

    [Fact]
    public void Short_assistant_reply_is_FT3002()
    {
        var d = FindsAt("FT3002", "\"k\"", c => c with { Validation = c.Validation with { Assistant = new AssistantLengthConfig { MinChars = 5 } } },
            """{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"k"}]}""");
        Assert.Contains("1 characters (minimum 5)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_assistant_reply_is_FT3003_with_its_token_count()
    {
        var reply = string.Join(' ', Enumerable.Repeat("word", 50));
        var d = FindsAt("FT3003", "\"word", c => c with { Validation = c.Validation with { Assistant = new AssistantLengthConfig { MaxTokens = 10 } } },
            $$"""{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"{{reply}}"}]}""");
        Assert.Contains("50 tokens (maximum 10)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_user_turns_in_a_row_is_FT3004_at_the_second()
        => FindsAt("FT3004", "{\"role\":\"user\",\"content\":\"b\"}", """{"messages":[{"role":"user","content":"a"},{"role":"user","content":"b"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Assistant_after_its_own_tool_call_round_is_not_FT3004()
        => Clean("FT3004", StructureRuleTests.ToolExample);

    [Fact]
    public void System_message_in_the_middle_is_FT3005()
        => FindsAt("FT3005", "{\"role\":\"system\"", """{"messages":[{"role":"user","content":"a"},{"role":"system","content":"s"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Conversation_ending_with_the_user_is_FT3006_at_the_last_message()
        => FindsAt("FT3006", "{\"role\":\"user\",\"content\":\"more?\"}", """{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"ok"},{"role":"user","content":"more?"}]}""");

    [Fact]
    public void Assistant_speaking_first_is_FT3007()
        => FindsAt("FT3007", "{\"role\":\"assistant\"", """{"messages":[{"role":"system","content":"s"},{"role":"assistant","content":"Hello!"},{"role":"user","content":"hi"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Example_over_the_token_limit_is_FT3009_and_says_by_how_much()
    {
        var d = FindsAt("FT3009", null, c => c with { Validation = c.Validation with { MaxTokensPerExample = 20 } }, Examples.Valid);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Matches("the example has (\\d+) tokens, over the limit of 20: \\d+ tokens will be truncated", d.Message);
    }

    [Fact]
    public void Special_token_in_text_is_an_error_FT3014_at_its_character()
    {
        var d = FindsAt("FT3014", "<|endoftext|>", """{"messages":[{"role":"user","content":"end here <|endoftext|> please"},{"role":"assistant","content":"ok"}]}""");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("<|endoftext|>", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fim_token_is_FT3014_even_for_o200k()
        => FindsAt("FT3014", "<|fim_suffix|>", """{"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"a <|fim_suffix|>"}]}""");

    [Fact]
    public void All_weights_zero_is_FT3017()
        => FindsAt("FT3017", "[", """{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"ok","weight":0}]}""");

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        // "é" and "🙂" are 2 and 4 bytes but 1 character each; the special token starts at character 44.
        var line = """{"messages":[{"role":"user","content":"é🙂 <|endoftext|>"},{"role":"assistant","content":"ok"}]}""";
        var d = FindsAt("FT3014", null, line);
        Assert.Equal(line.IndexOf("<|", StringComparison.Ordinal), d.Column);
    }

    [Fact]
    public void Columns_inside_strings_with_escapes_point_at_the_raw_characters()
    {
        var line = """{"messages":[{"role":"user","content":"a\n\u00e9\"q\" <|endoftext|>"},{"role":"assistant","content":"ok"}]}""";
        FindsAt("FT3014", "<|endoftext|>", line);
    }
}
