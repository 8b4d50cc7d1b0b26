using System.Security.Cryptography;
using System.Text;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Tests.Data;

public sealed class StatisticsTests
{
    private static readonly ITokenCounter Counter = TokenCounterFactory.Get(TokenCounterFactory.O200kBase);

    /// <summary>The cookbook formula by hand: 3 per message + role + content (+1 + name), +3 priming.</summary>
    private static int Expected(params (string Role, string Content, string? Name)[] messages)
        => 3 + messages.Sum(m => 3 + Counter.CountTokens(m.Role) + Counter.CountTokens(m.Content) + (m.Name is null ? 0 : 1 + Counter.CountTokens(m.Name)));

    [Fact]
    public void Token_counts_totals_percentiles_and_histogram_are_exact()
    {
        string[] replies = ["Sure.", "It ships tomorrow, tracking number included.", "Bonjour ! 你好 🙂", "Yes.", string.Join(' ', Enumerable.Repeat("long answer", 40))];
        var lines = replies.Select((reply, i) =>
            $$"""{"messages":[{"role":"system","content":"Be kind."},{"role":"user","name":"ann","content":"Question {{i}}"},{"role":"assistant","content":"{{reply}}"}]}""").ToArray();
        var tokens = replies.Select((reply, i) => Expected(("system", "Be kind.", null), ("user", $"Question {i}", "ann"), ("assistant", reply, null))).ToArray();
        var assistant = replies.Select(r => Counter.CountTokens(r)).ToArray();
        using var data = new TempDataset().Train(lines);
        var limit = tokens.Order().ElementAt(3) - 1;
        var config = data.Config() with { Validation = new ValidationConfig { MinExamples = 1, MaxTokensPerExample = limit } };

        var outcome = data.Validate(config);

        var train = outcome.Train;
        var sorted = tokens.Order().ToArray();
        Assert.Equal(5, train.Examples);
        Assert.Equal(tokens.Sum(), train.Tokens.Total);
        Assert.Equal(tokens.Sum(t => Math.Min(t, limit)), train.Tokens.Billing);
        Assert.Equal(assistant.Sum(), train.Tokens.Assistant);
        Assert.Equal(2, train.ExamplesOverLimit);
        Assert.Equal((sorted[0], sorted[2], sorted[4], sorted[4]), (train.TokensPerExample.Min, train.TokensPerExample.P50, train.TokensPerExample.P90, train.TokensPerExample.Max));
        Assert.Equal(Math.Round(tokens.Average(), 2), train.TokensPerExample.Mean);
        Assert.Equal((3, 3), (train.MessagesPerExample.Min, train.MessagesPerExample.Max));
        Assert.Equal(assistant.Max(), train.AssistantTokensPerExample.Max);
        Assert.Equal(5, train.TokenHistogram.Sum(b => b.Count));
        Assert.All(train.TokenHistogram.Zip(train.TokenHistogram.Skip(1)), pair => Assert.Equal(pair.First.UpperBound * 2, pair.Second.UpperBound));
        Assert.Equal(tokens.Count(t => t <= train.TokenHistogram[0].UpperBound), train.TokenHistogram[0].Count);
        Assert.Equal(1, train.SystemPromptVariants);
        var bytes = File.ReadAllBytes(data.PathOf("train.jsonl"));
        Assert.Equal(bytes.Length, train.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), train.Sha256);
        Assert.Equal(2, outcome.WithCode("FT3009").Count);
    }

    [Fact]
    public void Tool_calls_tool_answers_and_weights_are_counted_and_weight_zero_is_not_assistant()
    {
        var line = """{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Draft","weight":0},{"role":"user","content":"Again"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"lookup","arguments":"{\"q\":1}"}}]},{"role":"tool","tool_call_id":"c1","content":"42"},{"role":"assistant","content":"It is 42."}]}""";
        using var data = new TempDataset().Train(line);

        var train = data.Validate().Train;

        var call = ChatTokenFormula.CountToolCall("lookup", "{\"q\":1}", Counter);
        var expected = Expected(("user", "Hi", null), ("assistant", "Draft", null), ("user", "Again", null), ("assistant", string.Empty, null), ("assistant", "It is 42.", null))
            + call + 3 + Counter.CountTokens("tool") + Counter.CountTokens("42") + Counter.CountTokens("c1");
        Assert.Equal(expected, train.Tokens.Total);
        Assert.Equal(call + Counter.CountTokens("It is 42."), train.Tokens.Assistant);
    }

    [Fact]
    public void Non_string_values_count_nothing_and_do_not_crash()
    {
        var line = """{"messages":[{"role":"user","content":7,"name":{"a":1}},{"role":"assistant","content":["x",{"type":"text","text":"ok"}],"weight":"1"}]}""";
        using var data = new TempDataset().Train(line);

        var train = data.Validate().Train;

        Assert.Equal(3 + 3 + Counter.CountTokens("user") + 3 + Counter.CountTokens("assistant") + Counter.CountTokens("ok"), train.Tokens.Total);
    }

    [Fact]
    public void Tool_definitions_add_the_cookbook_function_tokens()
    {
        var tools = """[{"type":"function","function":{"name":"get_weather","description":"Get the weather.","parameters":{"type":"object","properties":{"city":{"type":"string","description":"City name."},"unit":{"type":"string","enum":["c","f"]}}}}}]""";
        var without = """{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}""";
        var with = "{\"tools\":" + tools + "," + without[1..];
        using var data = new TempDataset().Train(with);

        var total = data.Validate().Train.Tokens.Total;

        var definitions = 7 + Counter.CountTokens("get_weather:Get the weather") + 3
            + 3 + Counter.CountTokens("city:string:City name")
            + 3 - 3 + 3 + Counter.CountTokens("c") + 3 + Counter.CountTokens("f") + Counter.CountTokens("unit:string:")
            + 12;
        Assert.Equal(Expected(("user", "Hi", null), ("assistant", "Hello", null)) + definitions, total);
        Assert.Equal(Encoding.UTF8.GetByteCount(with) + 1, new FileInfo(data.PathOf("train.jsonl")).Length);
    }

    [Fact]
    public void Counts_match_the_tokens_area_formula_on_varied_examples()
    {
        string[] lines =
        [
            Examples.Valid,
            Rules.StructureRuleTests.ToolExample,
            """{"messages":[{"role":"user","name":"ann","content":[{"type":"text","text":"part one"},{"type":"text","text":"part two 你好"}]},{"role":"assistant","content":"🙂 ok","weight":1}]}""",
            """{"messages":[{"role":"user","content":"call it"},{"role":"assistant","content":null,"function_call":{"name":"f","arguments":"{\"a\":[1,2]}"}},{"role":"function","name":"f","content":"3"},{"role":"assistant","content":"three"}]}""",
        ];
        using var data = new TempDataset().Train(lines);

        var total = data.Validate().Train.Tokens.Total;

        var expected = lines.Sum(line =>
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            var root = document.RootElement;
            var tools = root.TryGetProperty("tools", out var t) ? ChatTokenFormula.CountToolDefinitions(t, Counter) : 0;
            return ChatTokenFormula.CountMessages(root.GetProperty("messages"), Counter) + tools;
        });
        Assert.Equal(expected, total);
    }
}
