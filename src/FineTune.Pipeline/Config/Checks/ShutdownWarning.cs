using FineTune.Pipeline.Catalog;

namespace FineTune.Pipeline.Config.Checks;

/// <summary>Warns when the OpenAI base model is shut down, or fine-tuning it ends within a year.</summary>
internal static class ShutdownWarning
{
    public const int NoticeDays = 365;

    public static void Check(ConfigCheckContext context, ModelInfo model)
    {
        var today = context.Today;
        var onOpenAI = IsOpenAIPlatform(context.Config.OpenAI.BaseUrl);
        if (model.ShutdownDate is { } shutdown && today >= shutdown)
        {
            context.Warning(ConfigCodes.ModelShutdown, "train.base_model", $"`{model.Id}` was shut down on {shutdown:yyyy-MM-dd}: jobs on it fail, and so do the models tuned from it. Pick another base model, or move to `provider: lora`.");
            return;
        }

        var lastDay = onOpenAI && (model.ShutdownDate is null || ModelCatalog.OpenAIFineTuningEnds < model.ShutdownDate)
            ? ModelCatalog.OpenAIFineTuningEnds
            : model.ShutdownDate;
        if (lastDay is not { } end || end.DayNumber - today.DayNumber > NoticeDays)
        {
            return;
        }

        var days = end.DayNumber - today.DayNumber;
        var message = end == model.ShutdownDate
            ? $"`{model.Id}` shuts down on {end:yyyy-MM-dd} ({days} days from now): jobs on it and the models tuned from it stop then. Plan the move to another base model or to `provider: lora`."
            : today > end
                ? $"OpenAI accepts no new fine-tuning jobs since {end:yyyy-MM-dd}: a job on `{model.Id}` will be refused. Move to `provider: lora`, or to an OpenAI-compatible endpoint that still trains it (`openai.base_url`)."
                : $"OpenAI accepts no new fine-tuning jobs after {end:yyyy-MM-dd} ({days} days from now){(model.ShutdownDate is { } d ? $", and `{model.Id}` with the models tuned from it shuts down on {d:yyyy-MM-dd}" : string.Empty)}. Plan the move to `provider: lora`.";
        context.Warning(ConfigCodes.ModelShutdown, "train.base_model", message);
    }

    /// <summary>True for api.openai.com (the default), where OpenAI's own end dates apply.</summary>
    private static bool IsOpenAIPlatform(string? baseUrl) =>
        baseUrl is null || (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Host.EndsWith("api.openai.com", StringComparison.OrdinalIgnoreCase));
}
