using System.Text.Json.Nodes;

namespace OpenAI.Emulator;

/// <summary>A <c>fine_tuning.job.checkpoint</c>, written at the end of each of the last three epochs.</summary>
public sealed record JobCheckpoint(string Id, long CreatedAt, string JobId, string ModelName, int Step, double TrainLoss, double? ValidLoss)
{
    public JsonObject ToJson()
    {
        var metrics = new JsonObject
        {
            ["step"] = Step,
            ["train_loss"] = TrainLoss,
            ["train_mean_token_accuracy"] = LossCurve.Accuracy(TrainLoss),
        };
        if (ValidLoss is { } valid)
        {
            metrics["valid_loss"] = valid;
            metrics["valid_mean_token_accuracy"] = LossCurve.Accuracy(valid);
        }

        return new JsonObject
        {
            ["object"] = "fine_tuning.job.checkpoint",
            ["id"] = Id,
            ["created_at"] = CreatedAt,
            ["fine_tuned_model_checkpoint"] = ModelName,
            ["fine_tuning_job_id"] = JobId,
            ["step_number"] = Step,
            ["metrics"] = metrics,
        };
    }
}
