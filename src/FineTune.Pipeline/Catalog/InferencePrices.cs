using System.Text.RegularExpressions;
using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Catalog;

/// <summary>
/// Inference prices (USD per 1M input / output tokens, standard tier, last published by OpenAI) of common
/// teacher and judge models, for the generate stage's estimate. Prices change: <c>generate.prices</c> and
/// <c>evaluate.prices</c> win over this list, and self-hosted models are priced there (often at 0).
/// </summary>
public static partial class InferencePrices
{
    private static readonly Dictionary<string, ModelPriceConfig> BuiltIn = new(StringComparer.Ordinal)
    {
        ["gpt-4o"] = Price(2.50m, 10.00m),
        ["gpt-4o-mini"] = Price(0.15m, 0.60m),
        ["gpt-4.1"] = Price(2.00m, 8.00m),
        ["gpt-4.1-mini"] = Price(0.40m, 1.60m),
        ["gpt-4.1-nano"] = Price(0.10m, 0.40m),
        ["o3"] = Price(2.00m, 8.00m),
        ["o4-mini"] = Price(1.10m, 4.40m),
        ["gpt-5"] = Price(1.25m, 10.00m),
        ["gpt-5-mini"] = Price(0.25m, 2.00m),
        ["gpt-5-nano"] = Price(0.05m, 0.40m),
    };

    /// <summary>The models of the built-in list (aliases; dated snapshots such as gpt-4.1-2025-04-14 resolve to them).</summary>
    public static IReadOnlyCollection<string> Models => BuiltIn.Keys;

    /// <summary>
    /// The price of <paramref name="model"/>: from the first override table that names it, else the built-in list
    /// (a dated snapshot id is looked up without its date); null when unknown.
    /// </summary>
    public static ModelPriceConfig? Find(string model, params IReadOnlyDictionary<string, ModelPriceConfig>?[] overrides)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var table in overrides)
        {
            if (table is not null && table.TryGetValue(model, out var price))
            {
                return price;
            }
        }

        return BuiltIn.GetValueOrDefault(model) ?? BuiltIn.GetValueOrDefault(DateSuffix().Replace(model, string.Empty));
    }

    private static ModelPriceConfig Price(decimal input, decimal output) => new() { Input = input, Output = output };

    [GeneratedRegex(@"-\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateSuffix();
}
