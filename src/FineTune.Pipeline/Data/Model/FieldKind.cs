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
