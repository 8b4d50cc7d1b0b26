using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Generator;

namespace FineTune.Pipeline.Lora.Tests.Chat;

public sealed class ChatEncoderTests
{
    private static readonly ChatMessage[] Conversation =
    [
        new("system", "Be brief."),
        new("user", "Hello!"),
        new("assistant", "The answer is yes."),
    ];

    [Theory]
    [InlineData(ModelFamily.Llama, "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHello!<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nThe answer is yes.<|eot_id|>")]
    [InlineData(ModelFamily.Qwen2, "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHello!<|im_end|>\n<|im_start|>assistant\nThe answer is yes.<|im_end|>\n")]
    public void Conversation_renders_as_the_chat_template_does(ModelFamily family, string expected)
    {
        using var tokenizer = new HfTokenizer(TinyModels.Folder(family));

        var encoded = new ChatEncoder(tokenizer).Encode(Conversation);

        Assert.Equal(expected, tokenizer.Decode(encoded.Ids));
    }

    [Theory]
    [InlineData(ModelFamily.Llama, "<|eot_id|>")]
    [InlineData(ModelFamily.Qwen2, "<|im_end|>")]
    public void Loss_covers_assistant_content_and_end_of_turn_only(ModelFamily family, string endOfTurn)
    {
        using var tokenizer = new HfTokenizer(TinyModels.Folder(family));

        var encoded = new ChatEncoder(tokenizer).Encode(Conversation);
        var trainedIds = encoded.Ids.Where((_, i) => encoded.Trained[i]).ToArray();

        Assert.Equal("The answer is yes." + endOfTurn, tokenizer.Decode(trainedIds));
        Assert.Equal(tokenizer.EndOfTurnId, trainedIds[^1]);
    }

    [Theory]
    [InlineData(ModelFamily.Llama)]
    [InlineData(ModelFamily.Qwen2)]
    public void The_generation_prompt_is_the_training_ids_up_to_the_first_trained_token(ModelFamily family)
    {
        using var tokenizer = new HfTokenizer(TinyModels.Folder(family));
        var encoder = new ChatEncoder(tokenizer);

        var encoded = encoder.Encode(Conversation);
        var prompt = encoder.Prompt(Conversation[..^1]);

        Assert.Equal(encoded.Ids[..Array.IndexOf(encoded.Trained, true)], prompt);
    }
}
