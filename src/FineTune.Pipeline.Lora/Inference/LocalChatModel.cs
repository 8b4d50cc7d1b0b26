using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>
/// A chat model in-process: formats the conversation with the model's chat template, generates an
/// assistant turn and returns its text. <see cref="Pair"/> gives the base (adapter off) and the tuned
/// (adapter on) view of one loaded model; they share the weights and take turns on them.
/// <see cref="Complete"/> may be called from many threads at once: concurrent requests of a view are generated
/// together in batches (<see cref="BatchingOptions"/>), each row stopping on its own.
/// </summary>
public sealed class LocalChatModel
{
    private readonly CausalLM _model;
    private readonly HfTokenizer _tokenizer;
    private readonly ChatEncoder _encoder;
    private readonly bool _adapter;
    private readonly GenerationBatcher _batcher;

    private LocalChatModel(CausalLM model, HfTokenizer tokenizer, bool adapter, string name, GenerationBatcher batcher)
    {
        _model = model;
        _tokenizer = tokenizer;
        _encoder = new ChatEncoder(tokenizer);
        _adapter = adapter;
        _batcher = batcher;
        Name = name;
    }

    public string Name { get; }

    public bool AdapterEnabled => _adapter;

    /// <summary>
    /// Loads the checkpoint of <paramref name="checkpoint"/> with the PEFT adapter of <paramref name="adapter"/>
    /// (or none when null); dispose the model when done.
    /// </summary>
    public static CausalLM LoadModel(string checkpoint, string? adapter)
    {
        var model = CausalLM.Load(checkpoint, adapter is null ? null : Adapters.PeftAdapter.ReadSettings(adapter));
        if (adapter is not null)
        {
            Adapters.PeftAdapter.LoadWeights(model, adapter);
        }

        return model;
    }

    /// <summary>
    /// One view of <paramref name="model"/> with its own batcher; the adapter is used when <paramref name="adapter"/> and the
    /// model has one. Further views of the same model that may run at the same time come from <see cref="View"/> (or <see cref="Pair"/>).
    /// </summary>
    public static LocalChatModel Create(CausalLM model, HfTokenizer tokenizer, bool adapter, string name, BatchingOptions? batching = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tokenizer);
        return new(model, tokenizer, adapter && model.Lora is not null, name, new GenerationBatcher(model, tokenizer.StopIds, batching ?? BatchingOptions.Default));
    }

    /// <summary>The base and the tuned model over the same weights (one batcher: a batch is all base or all tuned).</summary>
    public static (LocalChatModel Base, LocalChatModel Tuned) Pair(CausalLM model, HfTokenizer tokenizer, string baseName, string tunedName, BatchingOptions? batching = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var batcher = new GenerationBatcher(model, tokenizer.StopIds, batching ?? BatchingOptions.Default);
        return (new LocalChatModel(model, tokenizer, false, baseName, batcher), new LocalChatModel(model, tokenizer, model.Lora is not null, tunedName, batcher));
    }

    /// <summary>Another view of the same model sharing this one's batcher (so the two never switch the adapter under each other).</summary>
    public LocalChatModel View(bool adapter, string name) => new(_model, _tokenizer, adapter && _model.Lora is not null, name, _batcher);

    /// <summary>Sizes of the batches this view's batcher has run (shared by the two views of a pair).</summary>
    public IReadOnlyList<int> BatchSizes => _batcher.BatchSizes();

    /// <summary>The reply text and the token counts (prompt, completion).</summary>
    public LocalReply Complete(IReadOnlyList<ChatMessage> messages, SamplingOptions options, CancellationToken cancellationToken = default)
    {
        var prompt = _encoder.Prompt(messages);
        var result = _batcher.Generate(prompt, options, _adapter, cancellationToken);

        var text = _tokenizer.Decode(result.Tokens, skipSpecialTokens: true);
        return new LocalReply(text, prompt.Length, result.Tokens.Count, result.FinishReason);
    }
}
