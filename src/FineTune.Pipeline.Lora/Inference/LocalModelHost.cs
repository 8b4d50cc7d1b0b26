using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>
/// One checkpoint (+ PEFT adapter) loaded for the evaluation: its views (<see cref="EvaluationChatModel"/>)
/// share the weights and one micro-batcher, so concurrent requests are generated together in batches of up to
/// <see cref="BatchingOptions.MaxBatch"/> (a batch is all base or all tuned); the gate lets that many in at a time.
/// </summary>
public sealed class LocalModelHost : ILocalModelHost
{
    private readonly CausalLM _model;
    private readonly HfTokenizer _tokenizer;
    private readonly LocalChatModel _views;
    private readonly SemaphoreSlim _gate;

    private LocalModelHost(CausalLM model, HfTokenizer tokenizer)
    {
        _model = model;
        _tokenizer = tokenizer;
        _views = LocalChatModel.Create(model, tokenizer, adapter: false, "host", BatchingOptions.Default);
        _gate = new SemaphoreSlim(BatchingOptions.Default.MaxBatch, BatchingOptions.Default.MaxBatch);
    }

    public bool HasAdapter => _model.Lora is not null;

    /// <summary>Loads <paramref name="checkpoint"/> with the adapter of <paramref name="adapter"/> (or none); unreadable folders throw <see cref="InvalidDataException"/>.</summary>
    public static LocalModelHost Open(string checkpoint, string? adapter, ChatFormat? format)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        HfTokenizer? tokenizer = null;
        try
        {
            tokenizer = new HfTokenizer(checkpoint, format);
            var model = LocalChatModel.LoadModel(checkpoint, adapter);
            return new LocalModelHost(model, tokenizer);
        }
        catch (Exception e) when (e is not OperationCanceledException and not InvalidDataException)
        {
            tokenizer?.Dispose();
            throw new InvalidDataException($"{e.GetType().Name}: {e.Message}", e);
        }
        catch
        {
            tokenizer?.Dispose();
            throw;
        }
    }

    public IChatModel Create(string name, string endpoint, bool adapter)
    {
        if (adapter && !HasAdapter)
        {
            throw new InvalidOperationException($"{name}: the model was loaded without an adapter.");
        }

        return new EvaluationChatModel(_views.View(adapter, name), endpoint, _gate);
    }

    public void Dispose()
    {
        _model.Dispose();
        _tokenizer.Dispose();
        _gate.Dispose();
    }
}
