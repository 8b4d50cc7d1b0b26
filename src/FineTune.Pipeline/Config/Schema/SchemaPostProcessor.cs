using System.Collections;
using FineTune.Pipeline.Config.Binding;
using NJsonSchema;

namespace FineTune.Pipeline.Config.Schema;

/// <summary>
/// Completes NJsonSchema's output from the same <see cref="ConfigModel"/> the binder uses: draft-07,
/// exact ranges (exclusive bounds, no "maximum: int.MaxValue"), allowed names as enums,
/// <c>auto</c> where <see cref="AllowsAutoAttribute"/> says so, and defaults taken from the records.
/// </summary>
internal static class SchemaPostProcessor
{
    private static readonly HashSet<string> NumericFormats = new(StringComparer.Ordinal) { "int32", "int64", "double", "decimal", "float" };

    public static void Complete(JsonSchema schema, Type rootType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(rootType);
        schema.SchemaVersion = "http://json-schema.org/draft-07/schema#";
        schema.Title = "finetune.yaml";
        schema.Description = "Configuration of FineTune.Pipeline: data, provider and base model, validation limits, cost gate, evaluation. Keys are snake_case; every key is optional.";
        CompleteSection(schema, rootType, new HashSet<Type>());
        schema.Properties["$schema"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.String,
            Description = "Editor hint: where this schema lives. Ignored by finetune.",
        };
        foreach (var definition in schema.Definitions.Values)
        {
            definition.EnumerationNames.Clear();
        }
    }

    private static void CompleteSection(JsonSchema section, Type type, HashSet<Type> done)
    {
        if (!done.Add(type))
        {
            return;
        }

        var defaults = Activator.CreateInstance(type);
        foreach (var property in ConfigModel.PropertiesOf(type))
        {
            var schema = section.Properties[property.Key];
            CompleteProperty(schema, property, property.Property.GetValue(defaults));
            if (ConfigModel.IsSection(property.ValueType))
            {
                CompleteSection(schema.ActualTypeSchema, property.ValueType, done);
            }
            else if (ConfigModel.DictionaryValueType(property.ValueType) is { } valueType && ConfigModel.IsSection(valueType))
            {
                CompleteSection(schema.AdditionalPropertiesSchema!.ActualSchema, valueType, done);
            }
        }
    }

    private static void CompleteProperty(JsonSchemaProperty schema, ConfigProperty property, object? defaultValue)
    {
        if (schema.Format is { } format && NumericFormats.Contains(format))
        {
            schema.Format = null;
        }

        JsonSchema target = schema;
        if (property.AllowsAuto)
        {
            target = new JsonSchema { Type = schema.Type & ~JsonObjectType.Null };
            schema.Type = JsonObjectType.None;
            schema.AnyOf.Add(target);
            schema.AnyOf.Add(new JsonSchema { Type = JsonObjectType.String, Enumeration = { "auto" }, Description = "let the provider choose" });
            schema.AnyOf.Add(new JsonSchema { Type = JsonObjectType.Null });
        }

        SetRange(schema, target, property);
        foreach (var allowed in property.AllowedStrings)
        {
            schema.Enumeration.Add(allowed);
        }

        if (property.AllowedStrings.Count > 0 && property.IsNullable)
        {
            schema.Enumeration.Add(null);
        }

        if (defaultValue is not null && !ConfigModel.IsSection(property.ValueType) && ConfigModel.DictionaryValueType(property.ValueType) is null)
        {
            schema.Default = Json(defaultValue);
        }
    }

    private static void SetRange(JsonSchema schema, JsonSchema target, ConfigProperty property)
    {
        schema.Minimum = null;
        schema.Maximum = null;
        if (property.Range is not { } range)
        {
            return;
        }

        var min = Convert.ToDecimal(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
        var max = Convert.ToDouble(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
        if (range.MinimumIsExclusive)
        {
            target.ExclusiveMinimum = min;
        }
        else
        {
            target.Minimum = min;
        }

        if (!RangeText.IsUnbounded(max))
        {
            var upper = (decimal)max;
            if (range.MaximumIsExclusive)
            {
                target.ExclusiveMaximum = upper;
            }
            else
            {
                target.Maximum = upper;
            }
        }
    }

    /// <summary>A default as JSON sees it: enums by their yaml name, lists as arrays.</summary>
    private static object Json(object value) => value switch
    {
        Enum e => ConfigModel.SnakeCase(e.ToString()),
        string s => s,
        IEnumerable items => items.Cast<object>().ToList(),
        _ => value,
    };
}
