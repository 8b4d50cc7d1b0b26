using System.Diagnostics;
using System.Globalization;
using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Chat;
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
        using var model = CausalLM.Load(folder, LoraSettings.From(lora), seed);
        model.Place(plan);
        var clock = Stopwatch.StartNew();
        var every = 1;
        var result = new LoraTrainer(model, tokenizer.PadId, options).Train(
            train,
            eval,
            lora.OutputDir,
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
                every = Math.Max(1, total / 20);
                if (step % every == 0 || step == total)
                {
                    log.Progress(new TrainingProgress("running", step, total, loss));
                }
            });
        PeftAdapter.Save(model, lora.OutputDir, config.Train.BaseModel);
        foreach (var warning in result.Warnings)
        {
            log.Warning(warning);
        }

        var adapter = Path.GetRelativePath(config.BaseDirectory, lora.OutputDir).Replace('\\', '/');
        log.Info($"adapter written to {adapter} (PEFT format)");
        if (lora.Merge)
        {
            MergedModel.Write(model, folder, Path.Combine(lora.OutputDir, MergedModel.FolderName));
            log.Info($"merged model written to {adapter}/{MergedModel.FolderName} (Hugging Face format)");
        }
        return new CoreResult
        {
            Provider = Providers.Lora,
            JobId = "local",
            ModelId = adapter,
            BaseModel = config.Train.BaseModel,
            Status = "succeeded",
            TrainedTokens = result.Tokens,
            Epochs = options.Epochs,
            DurationSeconds = clock.Elapsed.TotalSeconds,
            Checkpoints = result.EpochEndSteps.Select((step, i) => new TrainingCheckpoint(
                $"checkpoint-epoch-{i + 1}", $"{adapter}/checkpoint-epoch-{i + 1}", step, result.StepLosses.ElementAtOrDefault(step - result.FirstStep), Finite(result.EvalLosses[i]))).ToList(),
            LossCurve = result.StepLosses.Select((loss, i) => new LossPoint(result.FirstStep + i, loss, ValidLoss(result, result.FirstStep + i))).ToList(),
        };
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

    private static double? ValidLoss(Training.TrainingResult result, int step)
    {
        var epoch = result.EpochEndSteps.ToList().IndexOf(step);
        return epoch < 0 ? null : Finite(result.EvalLosses[epoch]);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
