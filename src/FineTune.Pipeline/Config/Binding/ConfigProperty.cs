using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace FineTune.Pipeline.Config.Binding;

/// <summary>One yaml key of a config record: its name, its type and the constraints its attributes declare.</summary>
internal sealed record ConfigProperty(string Key, PropertyInfo Property, Type ValueType, bool IsNullable)
{
    public bool AllowsAuto => Property.IsDefined(typeof(AllowsAutoAttribute));

    public RangeAttribute? Range => Property.GetCustomAttribute<RangeAttribute>();

    public AllowedValuesAttribute? AllowedValues => Property.GetCustomAttribute<AllowedValuesAttribute>();

    public int? MinLength => Property.GetCustomAttribute<MinLengthAttribute>()?.Length;

    public int? MaxLength => Property.GetCustomAttribute<MaxLengthAttribute>()?.Length;

    public RegularExpressionAttribute? Pattern => Property.GetCustomAttribute<RegularExpressionAttribute>();

    public IReadOnlyList<string> AllowedStrings =>
        AllowedValues?.Values.OfType<string>().ToList() ?? (IReadOnlyList<string>)[];
}
