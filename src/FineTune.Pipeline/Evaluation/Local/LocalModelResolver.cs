using System.Text.Json;
using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Evaluation.Local;

/// <summary>
/// Decides whether a model name of the evaluation is a local model and where its files are: a <c>models:</c>
/// entry with <c>provider: lora</c> (its <c>path</c>: a checkpoint or an adapter folder), or a folder with
/// <c>adapter_config.json</c> (what <c>train</c> with provider lora returns) or <c>config.json</c>. An adapter's
/// checkpoint is its <c>base_model_name_or_path</c> (a <c>models:</c> entry or a folder), else <c>train.base_model</c>'s.
/// Anything else is a remote model (null). A local model whose folder is missing gets FT7016.
/// </summary>
internal sealed class LocalModelResolver(FineTuneConfig config, List<Diagnostic> diagnostics, string file)
{
    private const string AdapterConfig = "adapter_config.json";
    private const string CheckpointConfig = "config.json";

    public LocalModelSpec? Resolve(string name)
    {
        var declared = config.Models.TryGetValue(name, out var entry) && entry.Provider == Providers.Lora;
        if (!declared && new ModelCatalog(config.Models).TryGet(name) is { } known && known.Provider != Providers.Lora)
        {
            return null;
        }

        var folder = declared && entry!.Path is { } path ? path : Full(name);
        if (File.Exists(Path.Combine(folder, AdapterConfig)))
        {
            return BaseOf(name, folder) is { } checkpoint ? new LocalModelSpec(name, checkpoint, folder) : null;
        }

        if (File.Exists(Path.Combine(folder, CheckpointConfig)))
        {
            return new LocalModelSpec(name, folder, null);
        }

        if (declared)
        {
            Fail(entry!.Path is null
                ? $"models: {name} has provider lora but no path: set path: to its checkpoint folder (config.json, model.safetensors, tokenizer.json) or to a PEFT adapter folder."
                : $"models: {name}: path: {Display(folder)} is neither a Hugging Face checkpoint (config.json) nor a PEFT adapter (adapter_config.json). Point it at one, or run 'finetune make-tiny-model' for a demo checkpoint.");
        }
        else if (config.Train.Provider == Providers.Lora && SamePath(folder, config.Train.Lora.OutputDir))
        {
            Fail($"The adapter folder {Display(folder)} (train.lora.output_dir) has no adapter_config.json: train it first ('finetune train', or run 'finetune evaluate' without --exclusive), or point evaluate.model at an adapter folder.");
        }

        return null;
    }

    /// <summary>The checkpoint folder the adapter in <paramref name="adapter"/> was trained on.</summary>
    private string? BaseOf(string name, string adapter)
    {
        string? trainedOn;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(adapter, AdapterConfig)));
            trainedOn = json.RootElement.TryGetProperty("base_model_name_or_path", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException e)
        {
            Fail($"{Display(Path.Combine(adapter, AdapterConfig))} is not valid JSON ({e.Message}); train the adapter again with --force-new.");
            return null;
        }

        foreach (var candidate in new[] { trainedOn, config.Train.BaseModel }.OfType<string>())
        {
            var folder = config.Models.TryGetValue(candidate, out var entry) && entry.Path is { } path ? path : Full(candidate);
            if (File.Exists(Path.Combine(folder, CheckpointConfig)))
            {
                return folder;
            }
        }

        Fail($"The adapter {name} was trained on '{trainedOn ?? config.Train.BaseModel}', which has no checkpoint folder here: declare it under models: with provider: lora and path: <folder with config.json>.");
        return null;
    }

    private void Fail(string message) =>
        diagnostics.Add(new Diagnostic(Severity.Error, EvaluationCodes.LocalModelUnavailable, file, 0, 0, message));

    private string Full(string path) => ConfigPaths.Full(path, config.BaseDirectory);

    private string Display(string path) => Path.GetRelativePath(config.BaseDirectory, path).Replace('\\', '/');

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);
}
