using System.Collections;
using FineTune.Pipeline.Config.Yaml;

namespace FineTune.Pipeline.Config.Binding;

/// <summary>
/// Binds the yaml tree onto the config records by reflection over <see cref="ConfigModel"/>. Every unknown
/// key and every value of the wrong type is reported; what binds keeps going, so one run shows all mistakes.
/// </summary>
internal sealed partial class ConfigBinder(ConfigDiagnostics diagnostics, ConfigLocations locations)
{
    /// <summary>Top-level keys accepted and ignored (editors' schema hint).</summary>
    private const string SchemaKey = "$schema";

    public FineTuneConfig Bind(YamlMap root) => (FineTuneConfig)BindSection(typeof(FineTuneConfig), root, string.Empty);

    private object BindSection(Type type, YamlMap map, string path)
    {
        var instance = Activator.CreateInstance(type)!;
        var properties = ConfigModel.PropertiesOf(type);
        foreach (var (key, node) in map.Entries)
        {
            if (path.Length == 0 && key.Value == SchemaKey)
            {
                continue;
            }

            var property = properties.FirstOrDefault(p => p.Key == key.Value);
            if (property is null)
            {
                ReportUnknownKey(type, key, path);
                continue;
            }

            var keyPath = Join(path, key.Value);
            locations.Add(keyPath, key.Start, node.Start);
            if (TryBind(property, property.ValueType, node, keyPath, property.Property.GetValue(instance), out var value))
            {
                property.Property.SetValue(instance, value);
            }
            else
            {
                locations.MarkFailed(keyPath);
            }
        }

        return instance;
    }

    private bool TryBind(ConfigProperty? property, Type type, YamlNode node, string path, object? current, out object? value)
    {
        value = current;
        var structured = ConfigModel.IsSection(type) || ConfigModel.DictionaryValueType(type) is not null || ConfigModel.ListItemType(type) is not null;
        switch (node)
        {
            case YamlScalar { Reported: true }:
                return false;
            case YamlScalar { IsNull: true }:
                if (property?.IsNullable == true)
                {
                    value = null;
                    return true;
                }

                return structured || Fail(ConfigCodes.WrongType, node, $"`{path}` has no value; expected {Expected(property, type)}.");
            case YamlScalar scalar when property?.AllowsAuto == true && string.Equals(scalar.Value.Trim(), "auto", StringComparison.OrdinalIgnoreCase):
                value = null;
                return true;
            case YamlScalar scalar when !structured:
                return TryConvertScalar(property, type, scalar, path, out value);
            case YamlMap map when ConfigModel.IsSection(type):
                value = BindSection(type, map, path);
                return true;
            case YamlMap map when ConfigModel.DictionaryValueType(type) is { } valueType:
                value = BindDictionary(valueType, map, path, current);
                return true;
            case YamlList list when ConfigModel.ListItemType(type) is { } itemType:
                return TryBindList(property, itemType, list, path, out value);
            default:
                return Fail(ConfigCodes.WrongType, node, $"`{path}` expects {Expected(property, type)}, got {node.Describe()}.");
        }
    }

    private bool TryConvertScalar(ConfigProperty? property, Type type, YamlScalar scalar, string path, out object? value)
    {
        if (ScalarConverter.TryConvert(scalar.Value, type, out value))
        {
            return property is null || CheckConstraints(property, scalar, path, ref value);
        }

        if (type.IsEnum)
        {
            var names = ScalarConverter.EnumNames(type);
            return Fail(ConfigCodes.UnknownName, scalar, $"`{path}` must be one of {ConfigText.OneOf(names)}, got {scalar.Describe()}.{DidYouMean(scalar.Value, names)}");
        }

        return Fail(ConfigCodes.WrongType, scalar, $"`{path}` expects {Expected(property, type)}, got {scalar.Describe()}.");
    }

    private object BindDictionary(Type valueType, YamlMap map, string path, object? current)
    {
        var comparer = current?.GetType().GetProperty("Comparer")?.GetValue(current) ?? StringComparer.Ordinal;
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType), comparer)!;
        foreach (var (key, node) in map.Entries)
        {
            var keyPath = Join(path, key.Value);
            locations.Add(keyPath, key.Start, node.Start);
            var fresh = ConfigModel.IsSection(valueType) ? Activator.CreateInstance(valueType) : null;
            if (key.Value.Trim().Length == 0)
            {
                Fail(ConfigCodes.UnknownKey, key, $"an entry under `{path}` has an empty key; write a name before the `:`.");
            }
            else if (TryBind(null, valueType, node, keyPath, fresh, out var value))
            {
                dictionary[key.Value] = value;
                continue;
            }

            locations.MarkFailed(keyPath);
        }

        return dictionary;
    }

    private bool TryBindList(ConfigProperty? property, Type itemType, YamlList list, string path, out object? value)
    {
        var items = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        var ok = true;
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is YamlScalar { IsNull: false, Reported: false } scalar && ScalarConverter.TryConvert(scalar.Value, itemType, out var item))
            {
                items.Add(item);
            }
            else if (list.Items[i] is not YamlScalar { Reported: true })
            {
                ok = Fail(ConfigCodes.WrongType, list.Items[i], $"item {i + 1} of `{path}` should be {ScalarConverter.Expected(itemType)}, got {list.Items[i].Describe()}.");
            }
        }

        value = items;
        if (ok && property?.MinLength is { } min && items.Count < min)
        {
            return Fail(ConfigCodes.OutOfRange, list, $"`{path}` must list at least {min} item{(min == 1 ? string.Empty : "s")}.");
        }

        return ok;
    }

    private bool Fail(string code, YamlNode node, string message)
    {
        diagnostics.Error(code, node.Start, message);
        return false;
    }

    private static string Expected(ConfigProperty? property, Type type) =>
        ScalarConverter.Expected(type) + (property?.AllowsAuto == true ? " or `auto`" : string.Empty);

    private static string DidYouMean(string input, IEnumerable<string> candidates) =>
        Suggestions.Closest(input, candidates) is { } match ? $" Did you mean `{match}`?" : string.Empty;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
