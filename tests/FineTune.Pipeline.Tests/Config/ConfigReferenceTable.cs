using System.Globalization;
using System.Text;
using NJsonSchema;

namespace FineTune.Pipeline.Tests.Config;

/// <summary>Renders the key reference of docs/configuration.md from the generated schema, so the two cannot drift.</summary>
internal static class ConfigReferenceTable
{
    public static string Render(JsonSchema root)
    {
        var table = new StringBuilder();
        table.Append("| Key | Type | Default | Description |\n|---|---|---|---|\n");
        foreach (var (key, property) in root.Properties.Where(p => p.Key != "$schema"))
        {
            Rows(table, key, property);
        }

        return table.ToString();
    }

    private static void Rows(StringBuilder table, string path, JsonSchema property)
    {
        var actual = property.ActualTypeSchema;
        var isSection = actual.Type.HasFlag(JsonObjectType.Object) && actual.Properties.Count > 0;
        var map = actual.AdditionalPropertiesSchema?.ActualSchema;
        var type = isSection ? "section" : map is not null ? $"map of name → {TypeOf(map)}" : TypeOf(property);
        var defaultValue = property.Default is null ? string.Empty : $"`{Format(property.Default)}`";
        table.Append(CultureInfo.InvariantCulture, $"| `{path}` | {type} | {defaultValue} | {Cell(property.Description ?? actual.Description)} |\n");
        if (isSection)
        {
            foreach (var (key, child) in actual.Properties)
            {
                Rows(table, $"{path}.{key}", child);
            }
        }
        else if (map is { Properties.Count: > 0 })
        {
            foreach (var (key, child) in map.Properties)
            {
                Rows(table, $"{path}.<name>.{key}", child);
            }
        }
    }

    private static string TypeOf(JsonSchema schema)
    {
        if (schema.AnyOf.Count > 0)
        {
            return string.Join(" or ", schema.AnyOf.Where(s => s.Type != JsonObjectType.Null).Select(TypeOf));
        }

        var actual = schema.ActualTypeSchema;
        if (actual.Enumeration.Count > 0)
        {
            return string.Join(" \\| ", actual.Enumeration.Where(e => e is not null).Select(e => $"`{e}`"));
        }

        if (actual.Type.HasFlag(JsonObjectType.Object) && actual.Properties.Count > 0)
        {
            return "entry";
        }

        var name = actual.Type.HasFlag(JsonObjectType.Integer) ? "integer"
            : actual.Type.HasFlag(JsonObjectType.Number) ? "number"
            : actual.Type.HasFlag(JsonObjectType.Boolean) ? "boolean"
            : actual.Type.HasFlag(JsonObjectType.Array) ? "list of strings"
            : actual.Format == "date" ? "date" : "string";
        return name + Bounds(actual);
    }

    private static string Bounds(JsonSchema s)
    {
        var low = s.ExclusiveMinimum is { } xmin ? $"> {xmin:0.####}" : s.Minimum is { } min ? $"≥ {min:0.####}" : null;
        var high = s.ExclusiveMaximum is { } xmax ? $"< {xmax:0.####}" : s.Maximum is { } max ? $"≤ {max:0.####}" : null;
        var length = s.MaxLength is { } maxLength ? $"≤ {maxLength} chars" : null;
        var parts = new[] { low, high, length }.Where(p => p is not null).ToList();
        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }

    private static string Format(object value) => value switch
    {
        IEnumerable<object> items => "[" + string.Join(", ", items) + "]",
        bool flag => flag ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Cell(string? text) => (text ?? string.Empty).ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
