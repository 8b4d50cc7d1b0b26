using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Model;
using FineTune.Pipeline.Lora.Tests.Training;
using FineTune.Pipeline.Lora.Training;

namespace FineTune.Pipeline.Lora.Tests.Inference;

/// <summary>The tiny Llama with an adapter trained on the toy task (a fixed reply), shared by a test class.</summary>
public sealed class TrainedToyModel : IDisposable
{
    public TrainedToyModel()
    {
        Tokenizer = new HfTokenizer(TinyModels.Llama);
        Model = CausalLM.Load(TinyModels.Llama, new LoraSettings { Rank = 8, Alpha = 16, Dropout = 0, TargetModules = LoraSettings.AllTargets }, seed: 1);
        var options = new TrainingOptions { Epochs = 25, BatchSize = 4, LearningRate = 2e-2, Seed = 3 };
        new LoraTrainer(Model, Tokenizer.PadId, options).Train(ToyTask.Examples(Tokenizer, 16), [], TinyModels.NewTempFolder());
    }

    public HfTokenizer Tokenizer { get; }

    public CausalLM Model { get; }

    public void Dispose()
    {
        Model.Dispose();
        Tokenizer.Dispose();
    }
}
