using System.Diagnostics;
using System.Globalization;
using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Training;

/// <summary>
/// The training loop, on one page: AdamW over the LoRA parameters only, linear warmup then cosine decay,
/// gradient accumulation with a token-mean loss over the accumulated batch, gradient clipping,
/// length-bucketed batches, eval loss and a checkpoint (adapter, optimizer, step) after every epoch,
/// resume from such a checkpoint. Every step runs in a dispose scope.
/// </summary>
public sealed class LoraTrainer(CausalLM model, int padId, TrainingOptions options)
{
    public TrainingResult Train(
        IReadOnlyList<EncodedExample> trainSet,
        IReadOnlyList<EncodedExample> evalSet,
        string outputDir,
        string? resumeFrom = null,
        Action<string>? log = null,
        Action<int, int, double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var warnings = new List<string>();
        var train = Truncate(trainSet, warnings);
        var eval = Truncate(evalSet, warnings);
        var device = model.Lora is null ? throw new InvalidOperationException("The model has no adapter to train.") : model.Device;
        var parameters = model.LoraParameters().Select(p => p.Parameter).ToList();
        using var optimizer = optim.AdamW(parameters, lr: options.LearningRate, weight_decay: options.WeightDecay);

        var microBatchesPerEpoch = (train.Count + options.BatchSize - 1) / options.BatchSize;
        var stepsPerEpoch = (microBatchesPerEpoch + options.GradientAccumulation - 1) / options.GradientAccumulation;
        var totalSteps = Math.Min(options.MaxSteps ?? int.MaxValue, options.Epochs * stepsPerEpoch);
        var warmupSteps = (int)Math.Ceiling(options.WarmupRatio * totalSteps);

        var (step, firstEpoch, earlier) = (0, 0, CheckpointState.None);
        if (resumeFrom is not null)
        {
            PeftAdapter.LoadWeights(model, resumeFrom);
            optimizer.load_state_dict(Path.Combine(resumeFrom, "optimizer.bin"));
            earlier = CheckpointState.Read(resumeFrom);
            (step, firstEpoch) = (earlier.Step, earlier.Epoch + 1);
            CheckpointState.TruncateMetrics(Path.Combine(outputDir, "metrics.jsonl"), step); // the steps after the checkpoint run again
        }

        var (losses, evalLosses, epochEnds, tokens, clock) = (new List<double>(), new List<double>(), new List<int>(), 0L, Stopwatch.StartNew());
        Directory.CreateDirectory(outputDir);
        using var metrics = new StreamWriter(Path.Combine(outputDir, "metrics.jsonl"), append: resumeFrom is not null);
        var heap = new Native.NativeHeap();
        for (var epoch = firstEpoch; epoch < options.Epochs && step < totalSteps; epoch++)
        {
            var batches = Batches(train, epoch);
            for (var first = 0; first < batches.Count && step < totalSteps; first += options.GradientAccumulation)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                model.train();
                manual_seed(options.Seed + step); // dropout masks depend on the step alone, so resume is exact
                var group = batches.Skip(first).Take(options.GradientAccumulation).ToList();
                var counted = Math.Max(1, group.Sum(Batch.CountedTokens));
                var lr = LearningRate(step, warmupSteps, totalSteps);
                foreach (var g in optimizer.ParamGroups)
                {
                    g.LearningRate = lr;
                }

                optimizer.zero_grad();
                double stepLoss = 0;
                foreach (var rows in group)
                {
                    var loss = SummedLoss(rows, device) / counted; // token mean over the whole accumulated batch
                    loss.backward();
                    stepLoss += loss.item<float>();
                    tokens += rows.Sum(r => r.Length);
                }

                nn.utils.clip_grad_norm_(parameters, options.MaxGradNorm);
                optimizer.step();
                heap.TrimIfGrown(); // resident memory stays flat over many steps (see NativeHeap)
                step++;
                losses.Add(stepLoss);
                var rate = tokens / Math.Max(1e-9, clock.Elapsed.TotalSeconds);
                var eta = TimeSpan.FromSeconds((totalSteps - step) * clock.Elapsed.TotalSeconds / losses.Count);
                metrics.WriteLine(Invariant($$"""{"step":{{step}},"epoch":{{epoch}},"loss":{{stepLoss:R}},"lr":{{lr:R}},"tokens_per_second":{{rate:F1}}}"""));
                log?.Invoke(Invariant($"step {step}/{totalSteps}  loss {stepLoss:F4}  lr {lr:E2}  {rate:F0} tok/s  ETA {eta:hh\\:mm\\:ss}"));
                progress?.Invoke(step, totalSteps, stepLoss);
            }

            var evalLoss = eval.Count > 0 ? EvalLoss(eval, device) : double.NaN;
            evalLosses.Add(evalLoss);
            epochEnds.Add(step);
            log?.Invoke(Invariant($"epoch {epoch + 1}: eval loss {evalLoss:F4}"));
            metrics.Flush(); // a killed process keeps every row up to its newest checkpoint
            var state = new CheckpointState(step, epoch, double.IsFinite(evalLoss) ? evalLoss : null, earlier.Tokens + tokens, earlier.Seconds + clock.Elapsed.TotalSeconds);
            SaveCheckpoint(Path.Combine(outputDir, $"checkpoint-epoch-{epoch + 1}"), optimizer, state);
            cancellationToken.ThrowIfCancellationRequested();
        }

        model.eval();
        return new TrainingResult(step, losses, evalLosses, tokens / Math.Max(1e-9, clock.Elapsed.TotalSeconds), warnings)
        {
            EpochEndSteps = epochEnds,
            Tokens = tokens,
            FirstStep = losses.Count == 0 ? step : step - losses.Count + 1,
        };
    }

    /// <summary>Summed cross-entropy over the positions that count; the LM head runs only there.</summary>
    private Tensor SummedLoss(IReadOnlyList<EncodedExample> rows, Device device)
    {
        var (inputIds, labels) = Batch.Build(rows, padId, device);           // [B, T], [B, T]
        var hidden = model.Hidden(inputIds);                                  // [B, T, H]
        var counts = labels.ne(Batch.Ignore);                                 // [B, T]
        var logits = model.Logits(hidden[counts]).to(float32);                // [N, V], the loss in fp32 also under a bf16 base
        return nn.functional.cross_entropy(logits, labels[counts], reduction: nn.Reduction.Sum);
    }

    public double EvalLoss(IReadOnlyList<EncodedExample> examples, Device device)
    {
        model.eval();
        using var _ = no_grad();
        double sum = 0;
        for (var i = 0; i < examples.Count; i += options.BatchSize)
        {
            using var scope = NewDisposeScope();
            sum += SummedLoss(examples.Skip(i).Take(options.BatchSize).ToList(), device).item<float>();
        }

        return sum / Math.Max(1, Batch.CountedTokens(examples));
    }

    private double LearningRate(int step, int warmupSteps, int totalSteps)
    {
        if (step < warmupSteps)
        {
            return options.LearningRate * (step + 1) / warmupSteps;
        }

        var progress = (double)(step - warmupSteps) / Math.Max(1, totalSteps - warmupSteps);
        return options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * progress));
    }

    /// <summary>Shuffled per epoch, sorted by length within windows of 8 batches, then the batches shuffled.</summary>
    private List<IReadOnlyList<EncodedExample>> Batches(IReadOnlyList<EncodedExample> examples, int epoch)
    {
        var random = new Random(options.Seed + (epoch * 7919));
        var order = examples.OrderBy(_ => random.Next()).ToList();
        var window = options.BatchSize * 8;
        var bucketed = order.Chunk(window).SelectMany(w => w.OrderBy(e => e.Length)).ToList();
        return bucketed.Chunk(options.BatchSize).Select(c => (IReadOnlyList<EncodedExample>)c).OrderBy(_ => random.Next()).ToList();
    }

    private List<EncodedExample> Truncate(IReadOnlyList<EncodedExample> examples, List<string> warnings) =>
        examples.Select(e =>
        {
            if (e.Length <= options.MaxSeqLength)
            {
                return e;
            }

            warnings.Add(Invariant($"{e.Name}: {e.Length} tokens, truncated to max_seq_length {options.MaxSeqLength}."));
            return e with { Ids = e.Ids[..options.MaxSeqLength], Trained = e.Trained[..options.MaxSeqLength] };
        }).Where(e => e.TrainedCount > 0).ToList();

    /// <summary>Written beside the final folder, then renamed into place: a checkpoint folder is complete or absent.</summary>
    private void SaveCheckpoint(string folder, TorchSharp.Modules.AdamW optimizer, CheckpointState state)
    {
        var partial = folder + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        PeftAdapter.Save(model, partial, options.BaseModelName);
        optimizer.save_state_dict(Path.Combine(partial, "optimizer.bin"));
        state.Write(partial);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(partial, folder);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
