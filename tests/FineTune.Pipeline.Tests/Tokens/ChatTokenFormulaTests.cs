using System.Text.Json;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Tests.Tokens;

public sealed class ChatTokenFormulaTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        using JsonDocument golden = GoldenFiles.Read("golden-chat.json");
        foreach (JsonElement row in golden.RootElement.EnumerateArray())
        {
            data.Add(row.GetProperty("id").GetString()!, "o200k_base");
            data.Add(row.GetProperty("id").GetString()!, "cl100k_base");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Messages_and_tools_count_as_the_cookbook_formulas_do_on_tiktoken_counts(string id, string encoding)
    {
        using JsonDocument golden = GoldenFiles.Read("golden-chat.json");
        JsonElement row = golden.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        ITokenCounter counter = TokenCounterFactory.Get(encoding);

        int tools = ChatTokenFormula.CountToolDefinitions(row.GetProperty("tools"), counter);
        int total = ChatTokenFormula.CountMessages(row.GetProperty("messages"), counter) + tools;

        Assert.Equal(row.GetProperty(encoding + "_tools").GetInt32(), tools);
        Assert.Equal(row.GetProperty(encoding).GetInt32(), total);
    }

    [Theory]
    [InlineData("o200k_base", 101)] // gpt-4o: prompt_tokens reported by the API in the cookbook
    [InlineData("cl100k_base", 105)] // gpt-4 and gpt-3.5-turbo
    public void The_cookbook_weather_example_matches_the_prompt_tokens_the_API_reported(string encoding, int promptTokens)
    {
        using JsonDocument golden = GoldenFiles.Read("golden-chat.json");
        JsonElement row = golden.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "cookbook-weather-tools");
        ITokenCounter counter = TokenCounterFactory.Get(encoding);

        int total = ChatTokenFormula.CountMessages(row.GetProperty("messages"), counter)
            + ChatTokenFormula.CountToolDefinitions(row.GetProperty("tools"), counter);

        Assert.Equal(promptTokens, total);
    }

    [Fact]
    public void Message_values_that_are_not_text_are_skipped_and_tool_calls_use_the_tool_call_formula()
    {
        ITokenCounter counter = TokenCounterFactory.Get("o200k_base");
        using JsonDocument messages = JsonDocument.Parse("""
            [
              {"role": "user", "content": [{"type": "text", "text": "Weather in Paris?"}, {"type": "image_url", "image_url": {"url": "x"}}]},
              {"role": "assistant", "content": null, "weight": 0, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}},
                {"id": "call_2", "type": "function", "function": {"name": 42, "arguments": {"city": "Lyon"}}},
                "not a call"
              ]},
              {"role": "tool", "tool_call_id": "call_1", "content": "18C"},
              7
            ]
            """);

        int expected = ChatTokenFormula.ReplyPrimingTokens + (4 * ChatTokenFormula.TokensPerMessage)
            + counter.CountTokens("user") + counter.CountTokens("Weather in Paris?")
            + counter.CountTokens("assistant")
            + ChatTokenFormula.CountToolCall("get_weather", "{\"city\":\"Paris\"}", counter)
            + ChatTokenFormula.CountToolCall("42", "{\"city\": \"Lyon\"}", counter)
            + counter.CountTokens("tool") + counter.CountTokens("call_1") + counter.CountTokens("18C");

        Assert.Equal(expected, ChatTokenFormula.CountMessages(messages.RootElement, counter));
    }

    [Fact]
    public void A_tool_call_costs_its_name_its_arguments_and_the_routing_overhead()
    {
        ITokenCounter counter = TokenCounterFactory.Get("o200k_base");

        int tokens = ChatTokenFormula.CountToolCall("get_weather", "{\"city\":\"Paris\"}", counter);

        Assert.Equal(counter.CountTokens("get_weather") + counter.CountTokens("{\"city\":\"Paris\"}") + 4, tokens);
        Assert.Equal(4, counter.CountTokens(" to=functions."));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("\"tools\"")]
    [InlineData("""[1, "x", null, {"type": "code_interpreter"}]""")]
    public void Tools_without_functions_count_nothing(string json)
    {
        using JsonDocument tools = JsonDocument.Parse(json);

        Assert.Equal(0, ChatTokenFormula.CountToolDefinitions(tools.RootElement, TokenCounterFactory.Get("o200k_base")));
    }

    [Fact]
    public void Odd_tool_shapes_count_as_their_JSON_text_instead_of_crashing_like_the_cookbook()
    {
        ITokenCounter counter = TokenCounterFactory.Get("cl100k_base");
        using JsonDocument tools = JsonDocument.Parse("""
            [
              {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object", "properties": {
                "id": {"type": ["string", "null"]},
                "level": {"type": "integer", "description": "Level.", "enum": [1, 2, "three"]},
                "raw": 5
              }}}},
              {"name": "legacy", "description": "Old style function.", "parameters": {"properties": {}}}
            ]
            """);

        int expected = ChatTokenFormula.FunctionInitCl100k + counter.CountTokens("lookup:")
            + ChatTokenFormula.PropertiesInit
            + ChatTokenFormula.PropertyKey + counter.CountTokens("id:[\"string\", \"null\"]:")
            + ChatTokenFormula.PropertyKey + ChatTokenFormula.EnumInit
            + (3 * ChatTokenFormula.EnumItem) + counter.CountTokens("1") + counter.CountTokens("2") + counter.CountTokens("three")
            + counter.CountTokens("level:integer:Level")
            + ChatTokenFormula.PropertyKey + counter.CountTokens("raw::")
            + ChatTokenFormula.FunctionInitCl100k + counter.CountTokens("legacy:Old style function")
            + ChatTokenFormula.FunctionsEnd;

        Assert.Equal(expected, ChatTokenFormula.CountToolDefinitions(tools.RootElement, counter));
    }
}
