using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Model;
using FineTune.Pipeline.Lora.Training;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Training;

public sealed class LoraTrainerTests
{
    private static readonly LoraSettings Settings = new() { Rank = 4, Alpha = 8, Dropout = 0.05 };

    private static readonly TrainingOptions Options = new() { Epochs = 2, BatchSize = 4, GradientAccumulation = 2, LearningRate = 1e-2, Seed = 3 };

    [Fact]
    public void Loss_goes_down_and_base_weights_stay_unchanged()
    {
        using var tokenizer = new HfTokenizer(TinyModels.Llama);
        using var model = CausalLM.Load(TinyModels.Llama, Settings, seed: 1);
        var before = model.named_parameters().Where(p => !CausalLM.IsLoraName(p.name)).ToDictionary(p => p.name, p => p.parameter.clone());
        var trainer = new LoraTrainer(model, tokenizer.PadId, Options with { Epochs = 6, LearningRate = 2e-2 });
        var eval = ToyTask.Examples(tokenizer, 4, offset: 100);
        var initialEval = trainer.EvalLoss(eval, torch.CPU);

        var result = trainer.Train(ToyTask.Examples(tokenizer, 16), eval, TinyModels.NewTempFolder());

        Assert.Equal(12, result.Steps); // 16 rows / 4 per batch / 2 accumulated = 2 steps per epoch
        Assert.True(result.EvalLosses[^1] < initialEval * 0.8, $"eval loss {initialEval} → {result.EvalLosses[^1]}");
        Assert.True(result.StepLosses[^1] < result.StepLosses[0]);
        Assert.All(model.named_parameters().Where(p => !CausalLM.IsLoraName(p.name)), p => Assert.True(p.parameter.eq(before[p.name]).all().item<bool>(), p.name));
    }

    [Fact]
    public void Resume_from_an_epoch_checkpoint_equals_an_uninterrupted_run_also_with_dropout()
    {
        using var tokenizer = new HfTokenizer(TinyModels.Qwen2);
        var data = ToyTask.Examples(tokenizer, 8);

        using var straight = CausalLM.Load(TinyModels.Qwen2, Settings, seed: 1);
        new LoraTrainer(straight, tokenizer.PadId, Options).Train(data, [], TinyModels.NewTempFolder());

        var interruptedDir = TinyModels.NewTempFolder();
        using (var interrupted = CausalLM.Load(TinyModels.Qwen2, Settings, seed: 1))
        {
            using var stop = new CancellationTokenSource();
            void Log(string line)
            {
                if (line.StartsWith("epoch 1:", StringComparison.Ordinal))
                {
                    stop.Cancel(); // the process is stopped right after the first epoch's checkpoint
                }
            }

            Assert.Throws<OperationCanceledException>(() => new LoraTrainer(interrupted, tokenizer.PadId, Options).Train(data, [], interruptedDir, log: Log, cancellationToken: stop.Token));
        }

        using var resumed = CausalLM.Load(TinyModels.Qwen2, Settings, seed: 99);
        var result = new LoraTrainer(resumed, tokenizer.PadId, Options).Train(data, [], TinyModels.NewTempFolder(), Path.Combine(interruptedDir, "checkpoint-epoch-1"));

        Assert.Equal(2, result.Steps);
        foreach (var ((name, expected), (_, actual)) in straight.LoraParameters().Zip(resumed.LoraParameters()))
        {
            Assert.True(expected.allclose(actual, rtol: 1e-6, atol: 1e-7), $"{name}: max diff {(expected - actual).abs().max().item<float>()}, norm {expected.abs().max().item<float>()}");
        }
    }

    [Fact]
    public void Too_long_examples_are_truncated_with_a_warning_naming_them()
    {
        using var tokenizer = new HfTokenizer(TinyModels.Llama);
        using var model = CausalLM.Load(TinyModels.Llama, Settings);
        var data = ToyTask.Examples(tokenizer, 4);

        var result = new LoraTrainer(model, tokenizer.PadId, Options with { Epochs = 1, MaxSeqLength = data[0].Length - 2 }).Train(data, [], TinyModels.NewTempFolder());

        Assert.Contains(result.Warnings, w => w.StartsWith("train.jsonl:1: ", StringComparison.Ordinal) && w.Contains("truncated to max_seq_length", StringComparison.Ordinal));
    }
}
