using System.Globalization;
using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Inference;
using FineTune.Pipeline.Lora.Model;
using FineTune.Pipeline.Lora.Training;
using FineTune.Pipeline.Training;
using static TorchSharp.torch;
using CoreResult = FineTune.Pipeline.Training.TrainingResult;

namespace FineTune.Pipeline.Lora.Runner;

/// <summary>
/// <c>train.provider: lora</c>: trains a LoRA adapter on the checkpoint folder of the base model
/// (<c>models: &lt;id&gt;: path:</c>) with the <c>train.lora</c> settings, writes the PEFT adapter,
/// <c>metrics.jsonl</c> and a checkpoint per epoch to <c>train.lora.output_dir</c>, and returns the
/// <c>training</c> section of report.json (steps, tokens, loss curve with eval loss per epoch).
/// </summary>
public sealed class LoraPipelineTrainer(ITrainingLog log) : ITrainer
{
    public string Provider => Providers.Lora;

    public Task<CoreResult> TrainAsync(TrainingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.Run(() => Train(request, cancellationToken), cancellationToken);
    }

    private CoreResult Train(TrainingRequest request, CancellationToken cancellationToken)
    {
        var config = request.Settings.Config;
        var lora = config.Train.Lora;
        var folder = CheckpointFolder(request.Settings);
        var output = lora.OutputDir;
        var adapter = Path.GetRelativePath(config.BaseDirectory, output).Replace('\\', '/');
        var epochs = config.Train.Epochs ?? 3;

        // Never train twice: the same data, settings and checkpoint reuse the finished adapter or resume the run.
        var store = new TrainingStateStore(output, TimeProvider.System);
        var (identity, checkpointSha) = LoraRunIdentity.Compute(request, folder, cancellationToken);
        var saved = request.ForceNew ? null : store.Load();
        var same = saved is not null && saved.Provider == Providers.Lora && saved.Matches(LoraRunIdentity.BaseUrl, identity);
        if (same && saved!.Status == "succeeded" && AdapterFolder.HasAdapter(output) && saved.AdapterSha256 == LocalModelHash.Adapter(output))
        {
            log.Info($"reusing the adapter in {adapter}: trained on the same data, settings and checkpoint (identity {identity.Key}); nothing to train. Pass --force-new to train again.");
            if (lora.Merge && !File.Exists(Path.Combine(output, MergedModel.FolderName, "model.safetensors")))
            {
                using var model = LocalChatModel.LoadModel(folder, output); // merge was switched on after the adapter was trained
                WriteMerged(model, folder, output, config.BaseDirectory);
            }

            return AdapterFolder.Result(output, adapter, config.Train.BaseModel, epochs, reused: true);
        }

        var checkpoints = same ? AdapterFolder.Checkpoints(output) : [];
        var resumeFrom = checkpoints.Count > 0 ? checkpoints[^1].Folder : null;
        if (resumeFrom is null)
        {
            AdapterFolder.Clear(output);
        }

        var state = store.Save(new TrainingState
        {
            Provider = Providers.Lora,
            BaseUrl = LoraRunIdentity.BaseUrl,
            Identity = identity.Key,
            DatasetSha256 = identity.DatasetSha256,
            ValidationSha256 = identity.ValidationSha256,
            ConfigHash = identity.ConfigHash,
            CheckpointSha256 = checkpointSha,
            ModelId = adapter,
            Status = "running",
        });
        TrainAdapter(request, folder, resumeFrom, cancellationToken);
        store.Save(state with { Status = "succeeded", AdapterSha256 = LocalModelHash.Adapter(output) });
        log.Info($"adapter written to {adapter} (PEFT format)");
        return AdapterFolder.Result(output, adapter, config.Train.BaseModel, epochs, reused: false);
    }

    /// <summary>Trains (from <paramref name="resumeFrom"/> when given) and writes the PEFT adapter to <c>train.lora.output_dir</c>.</summary>
    private void TrainAdapter(TrainingRequest request, string folder, string? resumeFrom, CancellationToken cancellationToken)
    {
        var config = request.Settings.Config;
        var lora = config.Train.Lora;
        Native.TorchSharpLoader.EnsureLoaded();
        if (lora.Device == LoraDevice.Cuda && !cuda.is_available())
        {
            throw new TrainingException(TrainingFailure.InvalidRequest,
                "train.lora.device is cuda, but no CUDA device is usable by this build (the CPU backend is the default; see docs/lora.md for the CUDA build). Set device: auto or cpu.");
        }

        var format = lora.ChatFormat switch { "llama3" => ChatFormat.Llama3, "chatml" => ChatFormat.ChatMl, _ => (ChatFormat?)null };
        using var tokenizer = new HfTokenizer(folder, format);
        var encoder = new ChatEncoder(tokenizer);
        var train = ChatJsonl.Read(request.TrainingFile, encoder);
        var eval = request.ValidationFile is { } validation ? ChatJsonl.Read(validation, encoder) : [];
        var seed = config.Train.Seed ?? 42;
        var options = new TrainingOptions
        {
            Epochs = config.Train.Epochs ?? 3,
            MaxSteps = lora.MaxSteps,
            BatchSize = config.Train.BatchSize ?? 4,
            LearningRate = lora.LearningRate,
            MaxSeqLength = lora.MaxSeqLength,
            Seed = seed,
            BaseModelName = config.Train.BaseModel,
        };

        var plan = DevicePlan.Choose(lora.Device, cuda.is_available());
        log.Info(Invariant($"LoRA r={lora.Rank} alpha={lora.Alpha} on {string.Join(", ", lora.TargetModules)} of {folder} ({plan.Describe()}): {train.Count} training and {eval.Count} eval examples"));
        if (resumeFrom is not null)
        {
            log.Info($"resuming from {Path.GetFileName(resumeFrom)} ({CheckpointState.Read(resumeFrom)}) of an interrupted run with the same identity; pass --force-new to start over.");
        }

        using var model = CausalLM.Load(folder, LoraSettings.From(lora), seed);
        model.Place(plan);
        var result = new LoraTrainer(model, tokenizer.PadId, options).Train(
            train,
            eval,
            lora.OutputDir,
            resumeFrom,
            log: line =>
            {
                if (!line.StartsWith("step ", StringComparison.Ordinal))
                {
                    log.Info(line);
                }
            },
            cancellationToken: cancellationToken,
            progress: (step, total, loss) =>
            {
                if (step % Math.Max(1, total / 20) == 0 || step == total)
                {
                    log.Progress(new TrainingProgress("running", step, total, loss));
                }
            });
        PeftAdapter.Save(model, lora.OutputDir, config.Train.BaseModel);
        foreach (var warning in result.Warnings)
        {
            log.Warning(warning);
        }

        if (lora.Merge)
        {
            WriteMerged(model, folder, lora.OutputDir, config.BaseDirectory);
        }
    }

    /// <summary><c>train.lora.merge</c>: the base checkpoint with the adapter folded in, as a Hugging Face checkpoint in <c>merged/</c>.</summary>
    private void WriteMerged(CausalLM model, string checkpoint, string outputDir, string baseDirectory)
    {
        var merged = Path.Combine(outputDir, MergedModel.FolderName);
        MergedModel.Write(model, checkpoint, merged);
        log.Info($"merged model written to {Path.GetRelativePath(baseDirectory, merged).Replace('\\', '/')} (Hugging Face format, loads without PEFT)");
    }

    private static string CheckpointFolder(PipelineSettings settings)
    {
        var folder = settings.Model.Path ?? throw new TrainingException(TrainingFailure.InvalidRequest,
            $"train.base_model '{settings.Config.Train.BaseModel}' has no checkpoint folder: declare it under models: with provider: lora and path: <folder of config.json>.");
        return File.Exists(Path.Combine(folder, "config.json"))
            ? folder
            : throw new TrainingException(TrainingFailure.InvalidRequest,
                $"{folder} is not a Hugging Face checkpoint (no config.json). Point models: {settings.Config.Train.BaseModel}: path: at the folder with config.json, model.safetensors and tokenizer.json (or run 'finetune make-tiny-model').");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
