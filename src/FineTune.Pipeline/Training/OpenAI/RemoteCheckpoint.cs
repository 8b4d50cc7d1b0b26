using System.Text.Json;

namespace FineTune.Pipeline.Training.OpenAI;

internal static class RemoteCheckpoint
{
    public static TrainingCheckpoint Parse(JsonElement e)
    {
        var metrics = e.Obj("metrics");
        return new TrainingCheckpoint(
            e.Str("id") ?? string.Empty,
            e.Str("fine_tuned_model_checkpoint") ?? string.Empty,
            (int)(e.Long("step_number") ?? metrics.Long("step") ?? 0),
            metrics.Double("train_loss"),
            metrics.Double("valid_loss") ?? metrics.Double("full_valid_loss"));
    }
}
