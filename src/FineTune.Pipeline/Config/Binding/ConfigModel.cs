using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FineTune.Pipeline.Config.Binding;

/// <summary>
/// The yaml shape of the config records, read by reflection: keys are the snake_case property names
/// (or <see cref="JsonPropertyNameAttribute"/>), <see cref="JsonIgnoreAttribute"/> hides a property.
/// The binder and the schema generator both read it, so they cannot disagree.
/// </summary>
internal static class ConfigModel
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<ConfigProperty>> Cache = new();
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyList<ConfigProperty> PropertiesOf(Type type) => Cache.GetOrAdd(type, Describe);

    /// <summary>A nested record that is written as a yaml mapping of known keys.</summary>
    public static bool IsSection(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace == typeof(FineTuneConfig).Namespace && type.GetConstructor(Type.EmptyTypes) is not null;

    /// <summary>The value type of an <c>IReadOnlyDictionary&lt;string, T&gt;</c>, or null.</summary>
    public static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;

    /// <summary>The item type of an <c>IReadOnlyList&lt;T&gt;</c>, or null.</summary>
    public static Type? ListItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    /// <summary>snake_case of a .NET name, the way keys and enum values are written in yaml.</summary>
    public static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    /// <summary>Every key path of the model (<c>train.base_model</c>), dictionaries not entered.</summary>
    public static IEnumerable<string> AllPaths(Type type, string prefix = "")
    {
        foreach (var p in PropertiesOf(type))
        {
            var path = prefix.Length == 0 ? p.Key : $"{prefix}.{p.Key}";
            yield return path;
            if (IsSection(p.ValueType))
            {
                foreach (var nested in AllPaths(p.ValueType, path))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IReadOnlyList<ConfigProperty> Describe(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !p.IsDefined(typeof(JsonIgnoreAttribute)) && p.GetIndexParameters().Length == 0)
            .Select(Describe)];

    private static ConfigProperty Describe(PropertyInfo property)
    {
        var key = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? SnakeCase(property.Name);
        var underlying = Nullable.GetUnderlyingType(property.PropertyType);
        var nullable = underlying is not null || Nullability.Create(property).WriteState == NullabilityState.Nullable;
        return new ConfigProperty(key, property, underlying ?? property.PropertyType, nullable);
    }
}
