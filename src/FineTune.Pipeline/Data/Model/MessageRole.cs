namespace FineTune.Pipeline.Data.Model;

/// <summary>The chat roles OpenAI fine-tuning accepts; <see cref="Other"/> for anything else.</summary>
internal enum MessageRole : byte
{
    None = 0,
    System,
    User,
    Assistant,
    Tool,
    Function,
    Other,
}
