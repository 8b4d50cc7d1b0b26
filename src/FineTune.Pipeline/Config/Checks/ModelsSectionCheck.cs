using FineTune.Pipeline.Catalog;

namespace FineTune.Pipeline.Config.Checks;

/// <summary>A <c>models:</c> entry for an OpenAI model the catalog does not know must bring its price, or the cost gate would see $0.</summary>
internal sealed class ModelsSectionCheck : IConfigCheck
{
    public void Check(ConfigCheckContext context)
    {
        foreach (var (id, entry) in context.Config.Models)
        {
            var key = $"models.{id}";
            if (context.Locations.Failed(key) || ModelCatalog.IsBuiltIn(id) || entry.Provider != Providers.OpenAI)
            {
                continue;
            }

            if (entry.PricePerMillionTokens is null && context.Config.Cost.PricePerMillionTokens is null)
            {
                context.Diagnostics.Error(ConfigCodes.ModelPriceMissing, context.Locations.KeyOf(key), $"`{key}` adds an OpenAI model the catalog does not know, without `price_per_million_tokens`: the cost estimate would be $0 and the budget gate would always pass. Add its training price (USD per 1M tokens).");
            }
        }
    }
}
