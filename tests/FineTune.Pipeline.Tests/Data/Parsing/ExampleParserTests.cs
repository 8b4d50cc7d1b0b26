using System.Text;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Data.Parsing;

namespace FineTune.Pipeline.Tests.Data.Parsing;

public sealed class ExampleParserTests
{
    private static (ParseResult Result, ChatExample Example, byte[] Bytes) Parse(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var example = new ChatExample();
        return (new ExampleParser().Parse(bytes, example), example, bytes);
    }

    [Fact]
    public void Messages_keep_byte_offsets_kinds_and_decoded_text()
    {
        var line = """{"messages":[{"role":"user","content":"caf\u00e9 é"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]}]}""";

        var (result, example, bytes) = Parse(line);

        Assert.True(result.Succeeded);
        Assert.Equal(2, example.Messages.Count);
        var user = example.Messages[0];
        Assert.Equal((MessageRole.User, FieldKind.String), (user.RoleValue, user.ContentKind));
        Assert.Equal("café é", example[user.Content].ToString());
        Assert.True(user.Content.Escaped);
        Assert.Equal(Encoding.UTF8.GetByteCount(line[..line.IndexOf("{\"role\":\"user\"", StringComparison.Ordinal)]), user.ByteOffset);
        var assistant = example.Messages[1];
        Assert.Equal(FieldKind.Null, assistant.ContentKind);
        Assert.Equal("c1", example[assistant.ToolCalls[0].Id].ToString());
        Assert.Equal((byte)'"', bytes[assistant.ToolCalls[0].ArgumentsOffset]);
    }

    [Fact]
    public void Escaped_keys_are_compared_after_unescaping_for_duplicates()
    {
        var (result, example, _) = Parse("""{"messages":[],"m\u0065ssages":[]}""");

        Assert.True(result.Succeeded);
        Assert.Equal("messages", example[Assert.Single(example.DuplicateKeys)].ToString());
    }

    [Fact]
    public void Same_key_in_different_objects_is_not_a_duplicate()
    {
        var (_, example, _) = Parse("""{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}],"x":{"role":1}}""");

        Assert.Empty(example.DuplicateKeys);
    }

    [Fact]
    public void Trailing_content_after_the_object_is_invalid_json()
    {
        var (result, _, _) = Parse("""{"messages":[]} {"messages":[]}""");

        Assert.Equal(ParseStatus.InvalidJson, result.Status);
        Assert.Equal(16, result.ByteOffset);
    }

    [Fact]
    public void Model_objects_are_reused_and_reset_between_lines()
    {
        var parser = new ExampleParser();
        using var example = new ChatExample();
        parser.Parse(Encoding.UTF8.GetBytes("""{"messages":[{"role":"user","content":"a","mood":1},{"role":"assistant","content":"b"}]}"""), example);

        parser.Parse(Encoding.UTF8.GetBytes("""{"messages":[{"role":"user"}]}"""), example);

        var message = Assert.Single(Enumerable.Range(0, example.Messages.Count).Select(i => example.Messages[i]));
        Assert.Equal(FieldKind.Absent, message.ContentKind);
        Assert.Empty(message.UnknownKeys);
    }
}
