using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>
/// A chat model in-process: formats the conversation with the model's chat template, generates an
/// assistant turn and returns its text. <see cref="Pair"/> gives the base (adapter off) and the tuned
/// (adapter on) view of one loaded model; they share the weights and take turns on them.
/// </summary>
public sealed class LocalChatModel
{
    private readonly CausalLM _model;
    private readonly HfTokenizer _tokenizer;
    private readonly ChatEncoder _encoder;
    private readonly bool _adapter;
    private readonly object _gate;

    private LocalChatModel(CausalLM model, HfTokenizer tokenizer, bool adapter, string name, object gate)
    {
        _model = model;
        _tokenizer = tokenizer;
        _encoder = new ChatEncoder(tokenizer);
        _adapter = adapter;
        _gate = gate;
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

    /// <summary>One view of <paramref name="model"/>; the adapter is used when <paramref name="adapter"/> and the model has one.</summary>
    public static LocalChatModel Create(CausalLM model, HfTokenizer tokenizer, bool adapter, string name) =>
        new(model, tokenizer, adapter && model.Lora is not null, name, new object());

    /// <summary>The base and the tuned model over the same weights.</summary>
    public static (LocalChatModel Base, LocalChatModel Tuned) Pair(CausalLM model, HfTokenizer tokenizer, string baseName, string tunedName)
    {
        var gate = new object();
        return (new LocalChatModel(model, tokenizer, false, baseName, gate), new LocalChatModel(model, tokenizer, model.Lora is not null, tunedName, gate));
    }

    /// <summary>The reply text and the token counts (prompt, completion).</summary>
    public LocalReply Complete(IReadOnlyList<ChatMessage> messages, SamplingOptions options, CancellationToken cancellationToken = default)
    {
        var prompt = _encoder.Prompt(messages);
        GenerationResult result;
        lock (_gate)
        {
            _model.SetAdapterEnabled(_adapter);
            result = TextGenerator.Generate(_model, prompt, _tokenizer.StopIds, options, cancellationToken);
        }

        var text = _tokenizer.Decode(result.Tokens, skipSpecialTokens: true);
        return new LocalReply(text, prompt.Length, result.Tokens.Count, result.FinishReason);
    }
}
