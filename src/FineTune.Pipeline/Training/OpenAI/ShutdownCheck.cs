using System.Globalization;
using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// The catalog's shutdown dates are checked before train (configuration FT0021, cost gate FT6xxx).
/// This adds what only the endpoint knows: when <c>GET /v1/models/{id}</c> announces a
/// <c>shutdown_date</c> the catalog does not have, it warns (FT5002) within <see cref="WarningWindow"/>
/// and stops (FT5003, exit 2) once the date has passed.
/// </summary>
internal sealed class ShutdownCheck(OpenAIFineTuningApi api, TimeProvider time, ITrainingLog log)
{
    public static readonly TimeSpan WarningWindow = TimeSpan.FromDays(90);

    public async Task<Diagnostic?> CheckAsync(ModelInfo model, string configFile, CancellationToken ct)
    {
        DateOnly? remote = null;
        try
        {
            (_, remote) = await api.GetModelAsync(model.Id, ct);
        }
        catch (Exception e) when (e is OpenAIApiException || FailureTranslator.IsTransport(e))
        {
            log.Warning($"Could not read {model.Id} from /v1/models ({e.Message}); using the catalog's shutdown date.");
        }

        if (remote is not { } shutdown || remote == model.ShutdownDate)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var source = model.ShutdownDate is { } known
            ? $"/v1/models; the built-in catalog says {known.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : "/v1/models";
        var when = shutdown.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (today >= shutdown)
        {
            var message = $"Base model {model.Id} was shut down on {when} (per {source}); it can no longer be fine-tuned or served. " +
                "Choose another train.base_model, or train locally with `train.provider: lora`.";
            throw new TrainingException(TrainingFailure.ModelShutDown, message)
            {
                Location = new Diagnostic(Severity.Error, TrainingCodes.ShutDown, configFile, 0, 0, message),
            };
        }

        var days = shutdown.DayNumber - today.DayNumber;
        if (days > WarningWindow.TotalDays)
        {
            return null;
        }

        var warning = $"Base model {model.Id} shuts down on {when}, in {days} days (per {source}); models fine-tuned from it stop working then too. " +
            "Plan the move: another train.base_model, or `train.provider: lora`.";
        log.Warning(warning);
        return new Diagnostic(Severity.Warning, TrainingCodes.ShutdownNear, configFile, 0, 0, warning);
    }
}
