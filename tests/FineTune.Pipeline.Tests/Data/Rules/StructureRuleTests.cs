using FineTune.Pipeline.Diagnostics;
using static FineTune.Pipeline.Tests.Data.Rules.RuleAssert;

namespace FineTune.Pipeline.Tests.Data.Rules;

public sealed class StructureRuleTests
{
    [Fact]
    public void Missing_messages_is_FT2002_at_the_line_start()
        => FindsAt("FT2002", "{", """{"conversation":[]}""");

    [Fact]
    public void Empty_messages_is_FT2002_at_the_array()
        => FindsAt("FT2002", "[]", """{"messages":[]}""");

    [Fact]
    public void Dpo_pair_in_a_chat_dataset_says_to_set_the_format()
    {
        var d = FindsAt("FT2002", null, """{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[],"non_preferred_output":[]}""");
        Assert.Contains("data.format: dpo", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_without_role_is_FT2003()
        => FindsAt("FT2003", "{\"content\"", """{"messages":[{"content":"hi"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Unknown_message_key_is_FT2004_at_the_key()
    {
        var d = FindsAt("FT2004", "\"mood\"", """{"messages":[{"role":"user","content":"hi","mood":"sad"},{"role":"assistant","content":"ok"}]}""");
        Assert.Contains("\"mood\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tools_tool_calls_names_weights_and_tool_messages_are_recognized_keys()
        => Clean("FT2004", ToolExample);

    [Fact]
    public void Unknown_role_is_FT2005_at_the_role_value()
    {
        var d = FindsAt("FT2005", "\"bot\"", """{"messages":[{"role":"user","content":"hi"},{"role":"bot","content":"ok"}]}""");
        Assert.Contains("\"bot\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_that_is_not_a_string_is_FT2005()
        => FindsAt("FT2005", "1,", """{"messages":[{"role":1,"content":"hi"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Missing_content_is_FT2006()
        => FindsAt("FT2006", "{\"role\":\"user\"}", """{"messages":[{"role":"user"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Assistant_tool_call_with_null_content_is_not_missing_content()
        => Clean("FT2006", ToolExample);

    [Fact]
    public void Content_object_is_FT2007()
        => FindsAt("FT2007", "{\"x\"", """{"messages":[{"role":"user","content":{"x":1}},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Content_part_of_unknown_type_is_FT2007_at_the_part()
        => FindsAt("FT2007", "{\"type\":\"audio\"", """{"messages":[{"role":"user","content":[{"type":"text","text":"a"},{"type":"audio","data":"x"}]},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Text_parts_are_valid_content()
        => Clean("FT2007", """{"messages":[{"role":"user","content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Conversation_without_assistant_is_FT2008_at_messages()
        => FindsAt("FT2008", "[", """{"messages":[{"role":"system","content":"s"},{"role":"user","content":"hi"}]}""");

    [Fact]
    public void Message_that_is_not_an_object_is_FT2009()
        => FindsAt("FT2009", "\"hello\"", """{"messages":["hello",{"role":"assistant","content":"ok"}]}""");

    [Theory]
    [InlineData("2")]
    [InlineData("\"1\"")]
    [InlineData("0.5")]
    public void Weight_other_than_0_or_1_is_FT2010(string weight)
        => FindsAt("FT2010", weight + "}", $$"""{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"ok","weight":{{weight}}}]}""");

    [Fact]
    public void Weight_on_a_user_message_is_FT2010()
        => FindsAt("FT2010", "1}", """{"messages":[{"role":"user","content":"hi","weight":1},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Tool_call_without_function_name_is_FT2011()
        => FindsAt("FT2011", "{\"arguments\"", """{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"arguments":"{}"}}]}]}""");

    [Fact]
    public void Tool_call_arguments_as_an_object_is_FT2011()
    {
        var d = FindsAt("FT2011", "{\"a\"", """{"messages":[{"role":"user","content":"hi"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":{"a":1}}}]}]}""");
        Assert.Contains("must be a string holding JSON", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_call_arguments_that_are_not_json_is_FT2012()
        => FindsAt("FT2012", "\"{city:", """{"messages":[{"role":"user","content":"hi"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{city: Paris}"}}]}]}""");

    [Fact]
    public void Tool_message_answering_an_unknown_call_is_FT2013()
    {
        var d = FindsAt("FT2013", "\"c9\"", """{"messages":[{"role":"user","content":"hi"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c9","content":"42"},{"role":"assistant","content":"ok"}]}""");
        Assert.Contains("\"c9\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_message_without_id_is_FT2013()
        => FindsAt("FT2013", "{\"role\":\"tool\"", """{"messages":[{"role":"user","content":"hi"},{"role":"tool","content":"42"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Tools_without_function_name_is_FT2014()
    {
        var d = FindsAt("FT2014", "[{\"type\":\"function\"", """{"tools":[{"type":"function","function":{"description":"d"}}],"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"ok"}]}""");
        Assert.Contains("tools[0].function", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_tool_calls_as_a_string_is_FT2015()
        => FindsAt("FT2015", "\"yes\"", """{"parallel_tool_calls":"yes","messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Unknown_top_level_key_is_a_warning_FT2016()
    {
        var d = FindsAt("FT2016", "\"meta\"", """{"meta":{"id":1},"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"ok"}]}""");
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void Name_with_spaces_is_FT2017()
        => FindsAt("FT2017", "\"Jane Doe\"", """{"messages":[{"role":"user","name":"Jane Doe","content":"hi"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Valid_tool_example_has_no_structure_findings()
    {
        var outcome = Run(null, [ToolExample]);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("FT2", StringComparison.Ordinal));
    }

    internal const string ToolExample =
        """{"tools":[{"type":"function","function":{"name":"get_weather","description":"Weather.","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}],"parallel_tool_calls":false,"messages":[{"role":"system","content":"s"},{"role":"user","name":"jane","content":"Weather in Paris?"},{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},{"role":"tool","tool_call_id":"call_1","content":"18C"},{"role":"assistant","content":"It is 18C in Paris.","weight":1}]}""";
}
