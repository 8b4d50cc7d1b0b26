using System.Text.Json;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>The fields of a <c>fine_tuning.job</c> that training uses. Status stays an open string.</summary>
internal sealed record RemoteJob
{
    public required string Id { get; init; }

    public required string Status { get; init; }

    public string? Model { get; init; }

    public string? FineTunedModel { get; init; }

    public long? TrainedTokens { get; init; }

    public long? CreatedAt { get; init; }

    public long? FinishedAt { get; init; }

    public int? Epochs { get; init; }

    public RemoteJobError? Error { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> ResultFiles { get; init; } = [];

    /// <summary>Not finished: every status but <c>succeeded</c>, <c>failed</c> and <c>cancelled</c> (unknown ones included).</summary>
    public bool IsActive => Status is not ("succeeded" or "failed" or "cancelled");

    public static RemoteJob Parse(JsonElement e)
    {
        var error = e.Obj("error");
        var hyper = e.Obj("method").Obj("supervised").Obj("hyperparameters");
        hyper = hyper.ValueKind == JsonValueKind.Object ? hyper : e.Obj("hyperparameters");
        return new RemoteJob
        {
            Id = e.Str("id") ?? string.Empty,
            Status = e.Str("status") ?? "unknown",
            Model = e.Str("model"),
            FineTunedModel = e.Str("fine_tuned_model"),
            TrainedTokens = e.Long("trained_tokens"),
            CreatedAt = e.Long("created_at"),
            FinishedAt = e.Long("finished_at"),
            Epochs = (int?)hyper.Long("n_epochs"),
            Error = error.ValueKind == JsonValueKind.Object && (error.Str("code") ?? error.Str("message")) is not null
                ? new RemoteJobError(error.Str("code"), error.Str("message"), error.Str("param"))
                : null,
            Metadata = e.Obj("metadata") is { ValueKind: JsonValueKind.Object } metadata
                ? metadata.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
                : new Dictionary<string, string>(),
            ResultFiles = [.. e.Items("result_files").Where(f => f.ValueKind == JsonValueKind.String).Select(f => f.GetString()!)],
        };
    }
}
