using System.Text.Json;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>A <c>fine_tuning.job.event</c>; metrics events carry the step and losses.</summary>
internal sealed record RemoteEvent(string Id, long CreatedAt, string Level, string Message, int? Step, int? TotalSteps, double? TrainLoss, double? ValidLoss)
{
    public static RemoteEvent Parse(JsonElement e)
    {
        var data = e.Obj("data");
        return new RemoteEvent(
            e.Str("id") ?? string.Empty,
            e.Long("created_at") ?? 0,
            e.Str("level") ?? "info",
            e.Str("message") ?? string.Empty,
            (int?)data.Long("step"),
            (int?)data.Long("total_steps"),
            data.Double("train_loss"),
            data.Double("valid_loss") ?? data.Double("full_valid_loss"));
    }
}
