using System.Text.Json.Nodes;

namespace OpenAI.Emulator;

/// <summary>
/// A fine-tuning job and its simulated progress. Mutated only by <see cref="JobSimulator"/> and the
/// job endpoints, under <see cref="EmulatorState"/>'s lock.
/// </summary>
public sealed class EmulatedJob
{
    public required string Id { get; init; }

    /// <summary>The base model snapshot (aliases resolved).</summary>
    public required string Model { get; init; }

    public required string TrainingFileId { get; init; }

    public string? ValidationFileId { get; init; }

    public string? Suffix { get; init; }

    public required string OrganizationId { get; init; }

    public int Seed { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>As requested: an integer, a number or <c>"auto"</c>.</summary>
    public required JobHyperparameters Requested { get; init; }

    public required long CreatedAt { get; init; }

    public string Status { get; internal set; } = "validating_files";

    public long? FinishedAt { get; internal set; }

    public JobError? Error { get; internal set; }

    public string? FineTunedModel { get; internal set; }

    public long? TrainedTokens { get; internal set; }

    public List<string> ResultFiles { get; } = [];

    public List<JobEvent> Events { get; } = [];

    public List<JobCheckpoint> Checkpoints { get; } = [];

    /// <summary>Parsed training examples, known once files are validated; chat answers come from them.</summary>
    public IReadOnlyList<TrainingExample> Examples { get; internal set; } = [];

    /// <summary>The hyperparameters the job runs with, known once it is running.</summary>
    public JobHyperparameters? Resolved { get; internal set; }

    public int TotalSteps { get; internal set; }

    public int Step { get; internal set; }

    public int RunningTicks { get; internal set; }

    internal bool PausedOnce { get; set; }

    internal DateTimeOffset LastAdvance { get; set; }

    public bool IsTerminal => Status is "succeeded" or "failed" or "cancelled";

    public JsonObject ToJson()
    {
        var hyper = (Resolved ?? Requested).ToJson();
        return new JsonObject
        {
            ["object"] = "fine_tuning.job",
            ["id"] = Id,
            ["model"] = Model,
            ["created_at"] = CreatedAt,
            ["finished_at"] = FinishedAt,
            ["fine_tuned_model"] = FineTunedModel,
            ["organization_id"] = OrganizationId,
            ["result_files"] = new JsonArray([.. ResultFiles.Select(f => JsonValue.Create(f))]),
            ["status"] = Status,
            ["validation_file"] = ValidationFileId,
            ["training_file"] = TrainingFileId,
            ["hyperparameters"] = hyper.DeepClone(),
            ["trained_tokens"] = TrainedTokens,
            ["error"] = Error?.ToJson(),
            ["seed"] = Seed,
            ["estimated_finish"] = null,
            ["integrations"] = new JsonArray(),
            ["metadata"] = Metadata is null ? null : new JsonObject(Metadata.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["method"] = new JsonObject
            {
                ["type"] = "supervised",
                ["supervised"] = new JsonObject { ["hyperparameters"] = hyper },
            },
        };
    }
}
