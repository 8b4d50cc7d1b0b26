using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config.Binding;

namespace FineTune.Pipeline.Config.Checks;

/// <summary>
/// <c>train.base_model</c> must be known to its provider: for openai a catalog name (or a <c>models:</c> entry),
/// for lora a <c>models:</c> entry with a checkpoint <c>path</c>, or a checkpoint folder itself.
/// </summary>
internal sealed class BaseModelCheck : IConfigCheck
{
    public void Check(ConfigCheckContext context)
    {
        var train = context.Config.Train;
        if (context.Locations.Failed("train.base_model") || context.Locations.Failed("train.provider") || context.Locations.Failed("models"))
        {
            return;
        }

        var model = context.Catalog.TryGet(train.BaseModel);
        if (train.Provider == Providers.Lora)
        {
            CheckLora(context, train.BaseModel, model);
        }
        else if (model is null)
        {
            var suggestion = Suggestions.Closest(train.BaseModel, context.Catalog.NamesFor(Providers.OpenAI));
            var didYouMean = suggestion is null ? string.Empty : $" Did you mean `{suggestion}`?";
            context.Error(ConfigCodes.UnknownBaseModel, "train.base_model", $"unknown base model {ConfigText.Quote(train.BaseModel)} for provider openai.{didYouMean} Known: {string.Join(", ", context.Catalog.Entries.Where(m => m.Provider == Providers.OpenAI).Select(m => m.Id))} (and their short names, such as `gpt-4o-mini`). A model the catalog does not know yet can be declared under `models:` with provider, encoding, max_tokens_per_example and price_per_million_tokens.");
        }
        else if (model.Provider == Providers.Lora)
        {
            context.Error(ConfigCodes.ProviderMismatch, "train.provider", $"`train.base_model` {ConfigText.Quote(train.BaseModel)} is a self-hosted model (`provider: lora` under `models:`), but `train.provider` is openai. Set `train.provider: lora`.");
        }
        else
        {
            ShutdownWarning.Check(context, model);
        }
    }

    private static void CheckLora(ConfigCheckContext context, string name, ModelInfo? model)
    {
        if (model is { Provider: Providers.OpenAI })
        {
            var message = context.Locations.IsSet("train.base_model")
                ? $"`train.base_model` {ConfigText.Quote(name)} is an OpenAI model, but `train.provider` is lora. Use a self-hosted checkpoint declared under `models:` (provider: lora, path: ...), or set `train.provider: openai`."
                : "`train.provider` is lora but `train.base_model` is not set (its default is an OpenAI model). Set it to a model declared under `models:` with `provider: lora` and `path:`.";
            context.Error(ConfigCodes.ProviderMismatch, context.Locations.IsSet("train.base_model") ? "train.base_model" : "train.provider", message);
            return;
        }

        if (model is not null)
        {
            CheckCheckpoint(context, name, model);
            return;
        }

        var asFolder = context.FullPath(name);
        if (Directory.Exists(asFolder))
        {
            return;
        }

        var declared = context.Catalog.NamesFor(Providers.Lora).ToList();
        var suggestion = Suggestions.Closest(name, declared);
        var didYouMean = suggestion is null ? string.Empty : $" Did you mean `{suggestion}`?";
        context.Error(ConfigCodes.LoraModelNotDeclared, "train.base_model", $"lora base model {ConfigText.Quote(name)} is neither declared under `models:` nor an existing checkpoint folder (looked for {asFolder}).{didYouMean} Declare it: `models: {{ {name}: {{ provider: lora, path: checkpoints/{name} }} }}`.");
    }

    private static void CheckCheckpoint(ConfigCheckContext context, string name, ModelInfo model)
    {
        var entryKey = context.Config.Models.ContainsKey(name) ? $"models.{name}" : "train.base_model";
        if (model.Path is null)
        {
            context.Diagnostics.Error(ConfigCodes.LoraModelNotDeclared, context.Locations.KeyOf(entryKey), $"self-hosted model {ConfigText.Quote(name)} has no `path:`; set it to the folder of its Hugging Face checkpoint (config.json, tokenizer.json, *.safetensors).");
            return;
        }

        var folder = context.FullPath(model.Path);
        if (!Directory.Exists(folder) && !context.Locations.Failed($"{entryKey}.path"))
        {
            context.Warning(ConfigCodes.CheckpointNotFound, $"{entryKey}.path", $"checkpoint folder of {ConfigText.Quote(name)} not found: `{model.Path}` resolves to {folder}. `validate` and `cost` work without it; `train` fails until it exists (download it in an earlier step).");
        }
    }
}
