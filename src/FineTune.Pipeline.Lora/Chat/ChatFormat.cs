namespace FineTune.Pipeline.Lora.Chat;

/// <summary>How a conversation becomes tokens: Llama 3 headers or ChatML.</summary>
public enum ChatFormat
{
    Llama3,
    ChatMl,
}
