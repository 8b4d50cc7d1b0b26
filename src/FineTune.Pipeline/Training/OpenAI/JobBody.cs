using System.Text.Json.Nodes;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// The <c>POST /v1/fine_tuning/jobs</c> body: method <c>supervised</c> with hyperparameters (or
/// <c>"auto"</c>), suffix, seed, validation file, and metadata that identifies the run
/// (<c>finetune_identity</c>, data and config hashes, git commit).
/// </summary>
internal static class JobBody
{
    public static JsonObject Build(TrainingRequest request, TrainingIdentity identity, string trainingFileId, string? validationFileId, string? gitCommit)
    {
        var train = request.Settings.Config.Train;
        var metadata = new JsonObject
        {
            [JobLocator.IdentityKey] = identity.Key,
            ["dataset_sha256"] = identity.DatasetSha256,
            ["config_hash"] = identity.ConfigHash,
            ["tool"] = "finetune",
        };
        if (identity.ValidationSha256 is { } validation)
        {
            metadata["validation_sha256"] = validation;
        }

        if (gitCommit is { Length: > 0 })
        {
            metadata["git_commit"] = gitCommit.Length > 512 ? gitCommit[..512] : gitCommit;
        }

        var body = new JsonObject
        {
            ["model"] = request.Settings.Model.Id,
            ["training_file"] = trainingFileId,
            ["metadata"] = metadata,
            ["method"] = new JsonObject
            {
                ["type"] = "supervised",
                ["supervised"] = new JsonObject
                {
                    ["hyperparameters"] = new JsonObject
                    {
                        ["n_epochs"] = train.Epochs is { } e ? e : "auto",
                        ["batch_size"] = train.BatchSize is { } b ? b : "auto",
                        ["learning_rate_multiplier"] = train.LearningRateMultiplier is { } l ? l : "auto",
                    },
                },
            },
        };
        if (validationFileId is not null)
        {
            body["validation_file"] = validationFileId;
        }

        if (train.Suffix is { Length: > 0 } suffix)
        {
            body["suffix"] = suffix;
        }

        if (train.Seed is { } seed)
        {
            body["seed"] = seed;
        }

        return body;
    }
}
