using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Tests.Model;

public sealed class ModelConfigTests
{
    [Fact]
    public void Transformers_5_rope_parameters_and_dtype_are_read()
    {
        const string Json = """
            {"architectures": ["LlamaForCausalLM"], "vocab_size": 10, "hidden_size": 8, "intermediate_size": 16,
             "num_hidden_layers": 1, "num_attention_heads": 2, "dtype": "bfloat16",
             "rope_parameters": {"rope_type": "llama3", "rope_theta": 500000.0, "factor": 32.0, "low_freq_factor": 1.0,
                                 "high_freq_factor": 4.0, "original_max_position_embeddings": 8192}}
            """;

        var config = ModelConfig.Parse(Json);

        Assert.Equal(500000, config.RopeTheta);
        Assert.Equal(new RopeScaling(32, 1, 4, 8192), config.RopeScaling);
        Assert.Equal("bfloat16", config.Dtype);
        Assert.Equal(2, config.NumKeyValueHeads);
        Assert.Equal(4, config.HeadDim);
    }

    [Fact]
    public void Unsupported_architecture_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => ModelConfig.Parse("""{"architectures": ["GPT2LMHeadModel"]}"""));

        Assert.Contains("GPT2LMHeadModel", error.Message, StringComparison.Ordinal);
        Assert.Contains("LlamaForCausalLM", error.Message, StringComparison.Ordinal);
    }
}
