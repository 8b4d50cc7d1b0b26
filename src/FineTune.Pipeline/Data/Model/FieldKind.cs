using System.Text.Json;

namespace FineTune.Pipeline.Data.Model;

/// <summary>The JSON kind a field had on the line, or <see cref="Absent"/> when the key was not there.</summary>
internal enum FieldKind : byte
{
    Absent = 0,
    String,
    Number,
    Boolean,
    Null,
    Object,
    Array,
}

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
