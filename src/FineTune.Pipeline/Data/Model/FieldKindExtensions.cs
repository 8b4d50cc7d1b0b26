using System.Text.Json;

namespace FineTune.Pipeline.Data.Model;

/// <summary>Maps reader tokens to <see cref="FieldKind"/> and names kinds in messages.</summary>
internal static class FieldKindExtensions
{
    public static FieldKind FromToken(JsonTokenType token) => token switch
    {
        JsonTokenType.String => FieldKind.String,
        JsonTokenType.Number => FieldKind.Number,
        JsonTokenType.True or JsonTokenType.False => FieldKind.Boolean,
        JsonTokenType.Null => FieldKind.Null,
        JsonTokenType.StartObject => FieldKind.Object,
        JsonTokenType.StartArray => FieldKind.Array,
        _ => FieldKind.Absent,
    };

    /// <summary>How a message names the kind: "a number", "null", ...</summary>
    public static string Describe(this FieldKind kind) => kind switch
    {
        FieldKind.String => "a string",
        FieldKind.Number => "a number",
        FieldKind.Boolean => "a boolean",
        FieldKind.Null => "null",
        FieldKind.Object => "an object",
        FieldKind.Array => "an array",
        _ => "absent",
    };
}
