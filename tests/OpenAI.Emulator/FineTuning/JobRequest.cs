using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenAI.Emulator;

/// <summary>
/// Checks a <c>POST /v1/fine_tuning/jobs</c> body the way the API does before it accepts a job
/// (model, files, suffix, metadata, method and hyperparameter ranges). File contents are checked
/// later, while the job is <c>validating_files</c>. Called under the state lock.
/// </summary>
internal sealed class JobRequest(EmulatorOptions options, EmulatorState state)
{
    public (EmulatedJob? Job, IResult? Error) Create(JsonObject body)
    {
        var modelId = body["model"]?.GetValueKind() == JsonValueKind.String ? body["model"]!.GetValue<string>() : null;
        if (modelId is null)
        {
            return Reject("Missing required parameter: 'model'.", "model");
        }

        var baseModel = ResolveModel(modelId);
        if (baseModel is null)
        {
            return (null, ApiErrors.Result(400, $"Model {modelId} is not available for fine-tuning or does not exist.", param: "model", code: "model_not_available"));
        }

        var training = Text(body, "training_file");
        if (training is null || state.FindFile(training) is not { Purpose: "fine-tune" })
        {
            return Reject($"Invalid file: '{training}' is not a fine-tune file that exists.", "training_file", "invalid_file_id");
        }

        var validation = Text(body, "validation_file");
        if (validation is not null && state.FindFile(validation) is not { Purpose: "fine-tune" })
        {
            return Reject($"Invalid file: '{validation}' is not a fine-tune file that exists.", "validation_file", "invalid_file_id");
        }

        var suffix = Text(body, "suffix");
        if (suffix is { Length: > 64 })
        {
            return Reject("The suffix must be at most 64 characters.", "suffix");
        }

        var metadata = body["metadata"] as JsonObject;
        if (metadata is { Count: > 16 } || metadata?.Any(p => p.Key.Length > 64 || p.Value?.GetValueKind() != JsonValueKind.String || p.Value.GetValue<string>().Length > 512) == true)
        {
            return Reject("metadata: at most 16 string pairs, keys up to 64 and values up to 512 characters.", "metadata");
        }

        var method = body["method"] as JsonObject;
        var type = method?["type"]?.GetValue<string>() ?? "supervised";
        if (type != "supervised")
        {
            return Reject($"The emulator only runs 'supervised' jobs, not '{type}'.", "method.type");
        }

        var hyper = method?["supervised"]?["hyperparameters"] as JsonObject ?? body["hyperparameters"] as JsonObject;
        var (hyperparameters, problem) = ParseHyperparameters(hyper);
        if (problem is not null)
        {
            return Reject(problem, "method.supervised.hyperparameters");
        }

        var job = new EmulatedJob
        {
            Id = state.NewId("ftjob-emu"),
            OrganizationId = options.OrganizationId,
            Model = baseModel,
            TrainingFileId = training,
            ValidationFileId = validation,
            Suffix = suffix,
            Seed = body["seed"]?.GetValueKind() == JsonValueKind.Number ? body["seed"]!.GetValue<int>() : 42,
            Metadata = metadata?.ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal),
            Requested = hyperparameters!,
            CreatedAt = options.Clock.GetUtcNow().ToUnixTimeSeconds(),
            LastAdvance = options.Clock.GetUtcNow(),
        };
        return (job, null);
    }

    private string? ResolveModel(string id)
    {
        if (options.Models.FirstOrDefault(m => m.Id == id && m.FineTunable) is { } model)
        {
            return model.Snapshot;
        }

        // Continued fine-tuning: a model this emulator produced.
        return state.Jobs.Any(j => j.FineTunedModel == id) ? id : null;
    }

    private static (JobHyperparameters? Value, string? Problem) ParseHyperparameters(JsonObject? hyper)
    {
        var (epochs, e) = Number(hyper, "n_epochs", 1, 50, integer: true);
        var (batch, b) = Number(hyper, "batch_size", 1, 256, integer: true);
        var (rate, r) = Number(hyper, "learning_rate_multiplier", double.Epsilon, 100, integer: false);
        var problem = e ?? b ?? r;
        return problem is null ? (new JobHyperparameters((int?)epochs, (int?)batch, rate), null) : (null, problem);
    }

    private static (double? Value, string? Problem) Number(JsonObject? hyper, string name, double min, double max, bool integer)
    {
        var node = hyper?[name];
        if (node is null || (node.GetValueKind() == JsonValueKind.String && node.GetValue<string>() == "auto"))
        {
            return (null, null);
        }

        if (node.GetValueKind() != JsonValueKind.Number)
        {
            return (null, $"{name} must be a number or \"auto\".");
        }

        var value = node.GetValue<double>();
        var ok = value >= min && value <= max && (!integer || value == Math.Floor(value));
        return ok ? (value, null) : (null, $"{name} must be {(integer ? "an integer" : "a number")} between {min:G3} and {max}, not {value}.");
    }

    private static string? Text(JsonObject body, string name) =>
        body[name]?.GetValueKind() == JsonValueKind.String ? body[name]!.GetValue<string>() : null;

    private static (EmulatedJob?, IResult?) Reject(string message, string param, string? code = null) =>
        (null, ApiErrors.BadRequest(message, param, code));
}
