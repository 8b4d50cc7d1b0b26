using FineTune.Pipeline.Catalog;

namespace FineTune.Pipeline.Config.Checks;

/// <summary>
/// Warns when the last day to fine-tune the OpenAI base model is less than a year away: the model's
/// shutdown, or on api.openai.com OpenAI's end of new jobs. Dates already passed are the cost gate's
/// errors (FT6003, FT6004), so they are not repeated here.
/// </summary>
internal static class ShutdownWarning
{
    public const int NoticeDays = 365;

    public static void Check(ConfigCheckContext context, ModelInfo model)
    {
        var today = context.Today;
        var jobsEnd = OpenAIPlatform.IsTarget(context.Config.OpenAI, context.Environment.GetValueOrDefault("OPENAI_BASE_URL")) ? ModelCatalog.OpenAIFineTuningEnds : (DateOnly?)null;
        var lastDay = jobsEnd is { } j && (model.ShutdownDate is null || j < model.ShutdownDate) ? jobsEnd : model.ShutdownDate;
        if (lastDay is not { } end || today > end || (model.ShutdownDate is { } s && today >= s) || end.DayNumber - today.DayNumber > NoticeDays)
        {
            return;
        }

        var days = end.DayNumber - today.DayNumber;
        var when = days == 0 ? "today" : days == 1 ? "in 1 day" : $"in {days} days";
        var message = end == model.ShutdownDate
            ? $"`{model.Id}` shuts down on {end:yyyy-MM-dd} ({when}): fine-tuning it, and the models tuned from it, stop then. Plan the move to another base model or to `provider: lora`."
            : $"OpenAI accepts no new fine-tuning jobs after {end:yyyy-MM-dd} ({when}){(model.ShutdownDate is { } d ? $", and `{model.Id}` with the models tuned from it shuts down on {d:yyyy-MM-dd}" : string.Empty)}. Plan the move to `provider: lora`, or to an OpenAI-compatible endpoint that still trains it (`openai.base_url`).";
        context.Warning(ConfigCodes.ModelShutdown, "train.base_model", message);
    }

}
