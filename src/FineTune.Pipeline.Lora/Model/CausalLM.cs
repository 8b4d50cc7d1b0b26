using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Checkpoints;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>
/// <c>LlamaForCausalLM</c> / <c>Qwen2ForCausalLM</c>: the decoder stack (<c>model.*</c>) and the LM head
/// (<c>lm_head.weight</c>, or the embedding matrix when tied). Base weights are frozen; only LoRA trains.
/// </summary>
public sealed class CausalLM : nn.Module
{
    private readonly DecoderModel _model;
    private readonly Linear? _lmHead;

    public CausalLM(ModelConfig config, LoraSettings? lora)
        : base(nameof(CausalLM))
    {
        Config = config;
        Lora = lora;
        _model = new DecoderModel(config, lora);
        register_module("model", _model);
        if (!config.TieWordEmbeddings)
        {
            _lmHead = nn.Linear(config.HiddenSize, config.VocabSize, hasBias: false);
            register_module("lm_head", _lmHead);
        }
    }

    public ModelConfig Config { get; }

    public LoraSettings? Lora { get; }

    /// <summary>Loads config.json and the safetensors weights of <paramref name="folder"/>; LoRA weights start fresh from <paramref name="seed"/>.</summary>
    public static CausalLM Load(string folder, LoraSettings? lora, long seed = 0)
    {
        Native.TorchSharpLoader.EnsureLoaded();
        var config = ModelConfig.Load(Path.Combine(folder, "config.json"));
        torch.manual_seed(seed);
        var model = new CausalLM(config, lora);
        var weights = SafetensorsReader.ReadCheckpoint(folder);
        try
        {
            model.LoadBase(weights, folder);
        }
        finally
        {
            foreach (var t in weights.Values)
            {
                t.Dispose();
            }
        }

        model.eval();
        return model;
    }

    /// <summary>Copies every non-LoRA parameter from <paramref name="weights"/> and freezes it.</summary>
    public void LoadBase(IReadOnlyDictionary<string, Tensor> weights, string source)
    {
        using var _ = no_grad();
        foreach (var (name, parameter) in named_parameters())
        {
            if (IsLoraName(name))
            {
                continue;
            }

            if (!weights.TryGetValue(name, out var value))
            {
                throw new InvalidDataException($"{source}: the checkpoint has no tensor '{name}'.");
            }

            if (!value.shape.SequenceEqual(parameter.shape))
            {
                throw new InvalidDataException($"{source}: '{name}' has shape [{string.Join(", ", value.shape)}], the config implies [{string.Join(", ", parameter.shape)}].");
            }

            parameter.copy_(value);
            parameter.requires_grad = false;
        }
    }

    public static bool IsLoraName(string name) => name.Contains(".lora_", StringComparison.Ordinal);

    /// <summary>The trainable parameters: every lora_A and lora_B weight.</summary>
    public IReadOnlyList<(string Name, Parameter Parameter)> LoraParameters() =>
        named_parameters().Where(p => IsLoraName(p.name)).Select(p => (p.name, p.parameter)).ToList();

    public IEnumerable<LoraLinear> LoraLayers() => modules().OfType<LoraLinear>();

    /// <summary>The device of the weights.</summary>
    public Device Device => parameters().First().device;

    /// <summary>
    /// Moves the model to the plan's device and casts it: every base weight to <see cref="DevicePlan.BaseDtype"/>,
    /// lora_A/lora_B to <see cref="DevicePlan.LoraDtype"/>. Parameter objects are replaced: create optimizers afterwards.
    /// </summary>
    public void Place(DevicePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        this.to(plan.Device);
        this.to(plan.BaseDtype);
        foreach (var layer in LoraLayers())
        {
            layer.AdapterTo(plan.LoraDtype);
        }
    }

    /// <summary>Switches every adapter on (tuned model) or off (base model).</summary>
    public void SetAdapterEnabled(bool enabled)
    {
        foreach (var layer in LoraLayers())
        {
            layer.Enabled = enabled;
        }
    }

    /// <summary>input_ids [B, T] → hidden states [B, T, H].</summary>
    public Tensor Hidden(Tensor inputIds, KvCache? cache = null) => _model.Forward(inputIds, cache);

    /// <summary>hidden [..., H] → logits [..., V].</summary>
    public Tensor Logits(Tensor hidden) => _lmHead is null
        ? nn.functional.linear(hidden, _model.EmbeddingWeight)
        : _lmHead.forward(hidden);

    /// <summary>input_ids [B, T] → logits [B, T, V].</summary>
    public Tensor Forward(Tensor inputIds, KvCache? cache = null)
    {
        using var hidden = Hidden(inputIds, cache);
        return Logits(hidden);
    }
}
