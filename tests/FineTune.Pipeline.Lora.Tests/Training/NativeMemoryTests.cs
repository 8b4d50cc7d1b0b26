using System.Diagnostics;
using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Inference;
using FineTune.Pipeline.Lora.Model;
using FineTune.Pipeline.Lora.Training;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Training;

/// <summary>
/// Native memory stays flat over many steps: a tensor left out of a dispose scope lives on in native memory until the
/// GC happens to finalize it, so the live-tensor count of TorchSharp's dispose statistics must not grow from step to
/// step, and the process's resident memory (after a full GC) must not grow either. Counts and ratios, no timings.
/// </summary>
public sealed class NativeMemoryTests
{
    private const int Warmup = 10;
    private const int Steps = 60;

    [Fact]
    public void Training_steps_leave_no_tensors_or_native_memory_behind()
    {
        using var tokenizer = new HfTokenizer(TinyModels.Llama);
        using var model = CausalLM.Load(TinyModels.Llama, new LoraSettings { Rank = 4, Alpha = 8, Dropout = 0.05, TargetModules = LoraSettings.AllTargets }, seed: 1);
        var data = ToyTask.Examples(tokenizer, Steps * 4);
        var options = new TrainingOptions { Epochs = 1, BatchSize = 2, GradientAccumulation = 2, LearningRate = 1e-3, Seed = 3 }; // 60 steps
        var samples = new Dictionary<int, (long Live, long Rss)>();

        // The callback runs inside the step's dispose scope: at every step the same set of per-step tensors is alive.
        new LoraTrainer(model, tokenizer.PadId, options).Train(data, [], TinyModels.NewTempFolder(), progress: (step, _, _) =>
        {
            if (step is Warmup or Steps)
            {
                samples[step] = Sample();
            }
        });

        var (live, rss) = (samples[Steps].Live - samples[Warmup].Live, samples[Steps].Rss - samples[Warmup].Rss);
        Assert.True(live <= 0, $"{live} more live tensors after step {Steps} than after step {Warmup}: a step leaves tensors outside its dispose scope");
        Assert.True(rss < 32L << 20, $"resident memory grew by {rss >> 20} MB from step {Warmup} to step {Steps}");
    }

    [Fact]
    public void Generation_leaves_no_tensors_behind()
    {
        using var tokenizer = new HfTokenizer(TinyModels.Qwen2);
        using var model = CausalLM.Load(TinyModels.Qwen2, lora: null);
        var prompts = new[] { "a", "Question 3: is 4 small?", "tell me more about it" }
            .Select((q, i) => new GenerationRequest(new ChatEncoder(tokenizer).Prompt([new("user", q)]), SamplingOptions.Greedy with { MaxNewTokens = 4 + (3 * i) })) // rows leave the batch one by one
            .ToList();
        TextGenerator.Generate(model, prompts, tokenizer.StopIds);
        var before = Sample().Live;

        for (var i = 0; i < 5; i++)
        {
            TextGenerator.Generate(model, prompts, new HashSet<int>());
            TextGenerator.Generate(model, prompts[i % prompts.Count].Prompt, tokenizer.StopIds, new SamplingOptions { MaxNewTokens = 8, Temperature = 1 });
        }

        Assert.Equal(before, Sample().Live);
    }

    private static (long Live, long Rss) Sample()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (DisposeScopeManager.Statistics.ThreadTotalLiveCount, process.WorkingSet64);
    }
}
