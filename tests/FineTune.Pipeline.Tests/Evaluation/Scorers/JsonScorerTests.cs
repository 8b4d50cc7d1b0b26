using FineTune.Pipeline.Evaluation.Scorers;
using NJsonSchema;

namespace FineTune.Pipeline.Tests.Evaluation.Scorers;

public sealed class JsonScorerTests
{
    private const string Schema = """
        {"type":"object","required":["name","age"],"properties":{"name":{"type":"string"},"age":{"type":"integer","minimum":0}}}
        """;

    [Fact]
    public void Valid_json_scores_one_and_prose_scores_zero_with_the_reason()
    {
        var scorer = new JsonValidScorer("json", 1);

        Assert.Equal(1, scorer.Run(" {\"a\": [1, 2]} ", "x").Value);
        var prose = scorer.Run("Here is the JSON: {\"a\": 1}", "x");
        Assert.Equal(0, prose.Value);
        Assert.StartsWith("not JSON", prose.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_violations_score_zero_and_name_the_first_one()
    {
        var scorer = new JsonSchemaScorer("schema", 1, await JsonSchema.FromJsonAsync(Schema));

        Assert.Equal(1, scorer.Run("""{"name":"Ada","age":36}""", "x").Value);
        var missing = scorer.Run("""{"name":"Ada"}""", "x");
        Assert.Equal(0, missing.Value);
        Assert.Contains("PropertyRequired", missing.Detail, StringComparison.Ordinal);
        Assert.Equal(0, scorer.Run("not json at all", "x").Value);
    }

    [Fact]
    public void Json_equal_ignores_key_order_and_spacing_but_not_values()
    {
        var scorer = new JsonEqualScorer("json_equal", 1);

        Assert.Equal(1, scorer.Run("""{ "b": [1, 2], "a": "x" }""", """{"a":"x","b":[1,2]}""").Value);
        Assert.Equal(0, scorer.Run("""{"a":"y","b":[1,2]}""", """{"a":"x","b":[1,2]}""").Value);
        Assert.Equal(0, scorer.Run("a: x", """{"a":"x"}""").Value);
    }
}
