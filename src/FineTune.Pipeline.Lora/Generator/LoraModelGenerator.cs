using System.Text.Json;
using System.Text.Json.Nodes;
using FineTune.Pipeline.Lora.Checkpoints;
using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Generator;

/// <summary>
/// Writes a tiny Llama 3 or Qwen2 checkpoint in Hugging Face's format — config.json, model.safetensors,
/// tokenizer.json (byte-level BPE with the family's special tokens) and tokenizer_config.json (chat
/// template) — byte-for-byte the same for the same spec.
/// </summary>
public static class LoraModelGenerator
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Generate(string folder, TinyModelSpec spec)
    {
        Native.TorchSharpLoader.EnsureLoaded();
        Directory.CreateDirectory(folder);
        var (vocabulary, merges) = ByteLevelBpe.Train(spec.Merges);
        var specials = spec.Family == ModelFamily.Llama
            ? new[] { "<|begin_of_text|>", "<|end_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>" }
            : ["<|endoftext|>", "<|im_start|>", "<|im_end|>"];
        var firstSpecial = vocabulary.Count;
        var vocabSize = Math.Max(spec.VocabSize ?? 0, (firstSpecial + specials.Length + 15) / 16 * 16);
        int Id(string token) => firstSpecial + Array.IndexOf(specials, token);

        var config = spec.Family == ModelFamily.Llama ? LlamaConfig(spec, vocabSize, Id) : Qwen2Config(spec, vocabSize, Id);
        Write(Path.Combine(folder, "config.json"), config);
        WriteWeights(Path.Combine(folder, "model.safetensors"), ModelConfig.Parse(config.ToJsonString()), spec);
        Write(Path.Combine(folder, "tokenizer.json"), TokenizerJson(vocabulary, merges, specials, firstSpecial));
        Write(Path.Combine(folder, "tokenizer_config.json"), TokenizerConfig(spec.Family, specials, firstSpecial));
    }

    private static JsonObject LlamaConfig(TinyModelSpec spec, int vocabSize, Func<string, int> id) => new()
    {
        ["architectures"] = new JsonArray("LlamaForCausalLM"),
        ["model_type"] = "llama",
        ["vocab_size"] = vocabSize,
        ["hidden_size"] = spec.HiddenSize,
        ["intermediate_size"] = spec.IntermediateSize,
        ["num_hidden_layers"] = spec.Layers,
        ["num_attention_heads"] = spec.Heads,
        ["num_key_value_heads"] = spec.KeyValueHeads,
        ["head_dim"] = spec.HiddenSize / spec.Heads,
        ["hidden_act"] = "silu",
        ["max_position_embeddings"] = 2048,
        ["rms_norm_eps"] = 1e-5,
        ["rope_theta"] = 500000.0,
        ["rope_scaling"] = new JsonObject
        {
            ["rope_type"] = "llama3",
            ["factor"] = 8.0,
            ["low_freq_factor"] = 1.0,
            ["high_freq_factor"] = 4.0,
            ["original_max_position_embeddings"] = 64,
        },
        ["attention_bias"] = false,
        ["mlp_bias"] = false,
        ["tie_word_embeddings"] = true,
        ["bos_token_id"] = id("<|begin_of_text|>"),
        ["eos_token_id"] = new JsonArray(id("<|end_of_text|>"), id("<|eot_id|>")),
        ["torch_dtype"] = "float32",
        ["transformers_version"] = "4.46.0",
    };

    private static JsonObject Qwen2Config(TinyModelSpec spec, int vocabSize, Func<string, int> id) => new()
    {
        ["architectures"] = new JsonArray("Qwen2ForCausalLM"),
        ["model_type"] = "qwen2",
        ["vocab_size"] = vocabSize,
        ["hidden_size"] = spec.HiddenSize,
        ["intermediate_size"] = spec.IntermediateSize,
        ["num_hidden_layers"] = spec.Layers,
        ["num_attention_heads"] = spec.Heads,
        ["num_key_value_heads"] = spec.KeyValueHeads,
        ["hidden_act"] = "silu",
        ["max_position_embeddings"] = 2048,
        ["rms_norm_eps"] = 1e-6,
        ["rope_theta"] = 1000000.0,
        ["tie_word_embeddings"] = false,
        ["use_sliding_window"] = false,
        ["bos_token_id"] = id("<|endoftext|>"),
        ["eos_token_id"] = id("<|im_end|>"),
        ["torch_dtype"] = "float32",
        ["transformers_version"] = "4.46.0",
    };

    private static void WriteWeights(string path, ModelConfig config, TinyModelSpec spec)
    {
        using var shapes = new CausalLM(config, lora: null);
        var random = new Random(spec.Seed);
        var entries = new List<SafetensorsEntry>();
        foreach (var (name, parameter) in shapes.named_parameters().OrderBy(p => p.name, StringComparer.Ordinal))
        {
            var data = new float[parameter.numel()];
            var isNorm = name.EndsWith("norm.weight", StringComparison.Ordinal);
            var std = name is "model.embed_tokens.weight" or "lm_head.weight" ? spec.EmbeddingStd : spec.InitStd;
            for (var i = 0; i < data.Length; i++)
            {
                // Box–Muller from the seeded generator: the same floats on every machine.
                var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                data[i] = isNorm ? 1 + (float)(0.1 * normal) : (float)(std * normal);
            }

            entries.Add(new SafetensorsEntry(name, parameter.shape, data));
        }

        SafetensorsWriter.Write(path, entries, new Dictionary<string, string> { ["format"] = "pt" });
    }

    private static JsonObject TokenizerJson(List<string> vocabulary, List<string> merges, string[] specials, int firstSpecial)
    {
        var vocab = new JsonObject();
        for (var i = 0; i < vocabulary.Count; i++)
        {
            vocab[vocabulary[i]] = i;
        }

        var byteLevel = new JsonObject { ["type"] = "ByteLevel", ["add_prefix_space"] = false, ["trim_offsets"] = true, ["use_regex"] = true };
        return new JsonObject
        {
            ["version"] = "1.0",
            ["truncation"] = null,
            ["padding"] = null,
            ["added_tokens"] = new JsonArray(specials.Select((s, i) => (JsonNode)new JsonObject
            {
                ["id"] = firstSpecial + i,
                ["content"] = s,
                ["single_word"] = false,
                ["lstrip"] = false,
                ["rstrip"] = false,
                ["normalized"] = false,
                ["special"] = true,
            }).ToArray()),
            ["normalizer"] = null,
            ["pre_tokenizer"] = byteLevel.DeepClone(),
            ["post_processor"] = byteLevel.DeepClone(),
            ["decoder"] = byteLevel.DeepClone(),
            ["model"] = new JsonObject
            {
                ["type"] = "BPE",
                ["dropout"] = null,
                ["unk_token"] = null,
                ["continuing_subword_prefix"] = null,
                ["end_of_word_suffix"] = null,
                ["fuse_unk"] = false,
                ["byte_fallback"] = false,
                ["ignore_merges"] = false,
                ["vocab"] = vocab,
                ["merges"] = new JsonArray(merges.Select(m => (JsonNode)m).ToArray()),
            },
        };
    }

    private static JsonObject TokenizerConfig(ModelFamily family, string[] specials, int firstSpecial)
    {
        var decoder = new JsonObject();
        for (var i = 0; i < specials.Length; i++)
        {
            decoder[(firstSpecial + i).ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["content"] = specials[i],
                ["lstrip"] = false,
                ["normalized"] = false,
                ["rstrip"] = false,
                ["single_word"] = false,
                ["special"] = true,
            };
        }

        var llama = family == ModelFamily.Llama;
        return new JsonObject
        {
            ["added_tokens_decoder"] = decoder,
            ["bos_token"] = llama ? "<|begin_of_text|>" : null,
            ["eos_token"] = llama ? "<|eot_id|>" : "<|im_end|>",
            ["pad_token"] = llama ? "<|end_of_text|>" : "<|endoftext|>",
            ["chat_template"] = llama ? ChatTemplates.Llama3 : ChatTemplates.ChatMl,
            ["clean_up_tokenization_spaces"] = false,
            ["model_max_length"] = 2048,
            ["tokenizer_class"] = "PreTrainedTokenizerFast",
        };
    }

    private static void Write(string path, JsonNode node) => File.WriteAllText(path, node.ToJsonString(Indented) + "\n");
}
