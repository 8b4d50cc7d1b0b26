using System.Text.Json;
using System.Text.Json.Nodes;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>
/// The parts of a Hugging Face <c>config.json</c> a Llama or Qwen2 decoder needs. Reads both the
/// transformers 4 keys (<c>rope_theta</c>, <c>rope_scaling</c>, <c>torch_dtype</c>) and the
/// transformers 5 ones (<c>rope_parameters</c>, <c>dtype</c>).
/// </summary>
public sealed record ModelConfig
{
    public required string Architecture { get; init; }
    public required string ModelType { get; init; }
    public required int VocabSize { get; init; }
    public required int HiddenSize { get; init; }
    public required int IntermediateSize { get; init; }
    public required int NumHiddenLayers { get; init; }
    public required int NumAttentionHeads { get; init; }
    public required int NumKeyValueHeads { get; init; }
    public required int HeadDim { get; init; }
    public double RmsNormEps { get; init; } = 1e-6;
    public double RopeTheta { get; init; } = 10000;
    public RopeScaling? RopeScaling { get; init; }
    public bool TieWordEmbeddings { get; init; }
    public bool AttentionBias { get; init; }
    public int MaxPositionEmbeddings { get; init; } = 2048;
    public int? BosTokenId { get; init; }
    public IReadOnlyList<int> EosTokenIds { get; init; } = [];
    public string Dtype { get; init; } = "float32";

    public static readonly IReadOnlyList<string> SupportedArchitectures = ["LlamaForCausalLM", "Qwen2ForCausalLM"];

    public static ModelConfig Load(string path) => Parse(File.ReadAllText(path), path);

    public static ModelConfig Parse(string json, string source = "config.json")
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException($"{source}: not a JSON object.");
        var architecture = root["architectures"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "";
        if (!SupportedArchitectures.Contains(architecture))
        {
            throw new InvalidDataException($"{source}: architecture '{architecture}' is not supported; use one of {string.Join(", ", SupportedArchitectures)}.");
        }

        int Int(string key) => root[key]?.GetValue<int>() ?? throw new InvalidDataException($"{source}: '{key}' is missing.");
        var hidden = Int("hidden_size");
        var heads = Int("num_attention_heads");
        var rope = root["rope_parameters"]?.AsObject() ?? root["rope_scaling"]?.AsObject();
        var qwen = architecture == "Qwen2ForCausalLM";
        return new ModelConfig
        {
            Architecture = architecture,
            ModelType = root["model_type"]?.GetValue<string>() ?? (qwen ? "qwen2" : "llama"),
            VocabSize = Int("vocab_size"),
            HiddenSize = hidden,
            IntermediateSize = Int("intermediate_size"),
            NumHiddenLayers = Int("num_hidden_layers"),
            NumAttentionHeads = heads,
            NumKeyValueHeads = root["num_key_value_heads"]?.GetValue<int>() ?? heads,
            HeadDim = root["head_dim"]?.GetValue<int>() ?? hidden / heads,
            RmsNormEps = Number(root["rms_norm_eps"]) ?? 1e-6,
            RopeTheta = Number(root["rope_theta"]) ?? Number(rope?["rope_theta"]) ?? 10000,
            RopeScaling = Scaling(rope, source),
            TieWordEmbeddings = root["tie_word_embeddings"]?.GetValue<bool>() ?? false,
            AttentionBias = qwen || (root["attention_bias"]?.GetValue<bool>() ?? false),
            MaxPositionEmbeddings = root["max_position_embeddings"]?.GetValue<int>() ?? 2048,
            BosTokenId = root["bos_token_id"]?.GetValueKind() == JsonValueKind.Number ? root["bos_token_id"]!.GetValue<int>() : null,
            EosTokenIds = root["eos_token_id"] switch
            {
                JsonArray ids => ids.Select(i => i!.GetValue<int>()).ToList(),
                JsonValue id when id.GetValueKind() == JsonValueKind.Number => [id.GetValue<int>()],
                _ => [],
            },
            Dtype = root["dtype"]?.GetValue<string>() ?? root["torch_dtype"]?.GetValue<string>() ?? "float32",
        };
    }

    private static double? Number(JsonNode? node) => node?.GetValueKind() == JsonValueKind.Number ? node.GetValue<double>() : null;

    private static RopeScaling? Scaling(JsonObject? rope, string source)
    {
        var type = rope?["rope_type"]?.GetValue<string>() ?? rope?["type"]?.GetValue<string>();
        return type switch
        {
            null or "default" => null,
            "llama3" => new RopeScaling(
                Number(rope!["factor"]) ?? 8,
                Number(rope["low_freq_factor"]) ?? 1,
                Number(rope["high_freq_factor"]) ?? 4,
                (int)(Number(rope["original_max_position_embeddings"]) ?? 8192)),
            _ => throw new InvalidDataException($"{source}: rope type '{type}' is not supported; supported are default and llama3."),
        };
    }
}
