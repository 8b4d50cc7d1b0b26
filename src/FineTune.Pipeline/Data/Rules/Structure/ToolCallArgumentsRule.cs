using System.Text;
using System.Text.Json;
using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Structure;

/// <summary><c>function.arguments</c> is a string that must itself hold a JSON object.</summary>
internal sealed class ToolCallArgumentsRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT2012", "invalid_tool_arguments", Severity.Error,
        "A tool call's function.arguments string does not hold a valid JSON object.",
        "make arguments the JSON text of an object, e.g. \"{\\\"city\\\": \\\"Paris\\\"}\".");

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        foreach (var (name, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var calls = list[i].ToolCalls;
                for (var c = 0; c < calls.Count; c++)
                {
                    var call = calls[c];
                    if (call.ArgumentsKind == FieldKind.String)
                    {
                        var problem = Validate(example[call.Arguments], context);
                        if (problem is not null)
                        {
                            context.Report(Rule, call.ArgumentsOffset, $"{name}[{i}].tool_calls[{c}].function.arguments {problem}");
                        }
                    }
                }
            }
        }
    }

    /// <summary>Null when <paramref name="text"/> is one JSON object; otherwise what is wrong with it.</summary>
    private static string? Validate(ReadOnlySpan<char> text, ExampleContext context)
    {
        var buffer = context.Scratch(Encoding.UTF8.GetMaxByteCount(text.Length));
        var length = Encoding.UTF8.GetBytes(text, buffer);
        var reader = new Utf8JsonReader(buffer.AsSpan(0, length), Options);
        try
        {
            if (!reader.Read())
            {
                return "is empty";
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return $"holds {FieldKindExtensions.FromToken(reader.TokenType).Describe()}, not a JSON object";
            }

            reader.Skip();
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            return $"is not valid JSON (at character {(ex.BytePositionInLine ?? 0) + 1} of the string)";
        }
    }
}
