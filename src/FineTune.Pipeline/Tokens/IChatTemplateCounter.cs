namespace FineTune.Pipeline.Tokens;

/// <summary>
/// Counts a conversation's tokens exactly as the self-hosted trainer encodes it: the checkpoint's own
/// <c>tokenizer.json</c> and chat template (Llama 3 or ChatML), and how many of those tokens the loss trains on.
/// Comes from <see cref="Training.ILoraBackend.OpenTokenCounter"/>; safe to use from any number of threads at once.
/// </summary>
public interface IChatTemplateCounter : IDisposable
{
    /// <summary>What counts, for reports: e.g. <c>tokenizer.json of models/tiny-llama (llama3 template)</c>.</summary>
    string Description { get; }

    /// <summary>
    /// Encodes <paramref name="turns"/> as training does; <paramref name="maxLength"/> is where training truncates
    /// (<c>train.lora.max_seq_length</c>), to tell how many trained tokens fall past it.
    /// </summary>
    ChatTemplateCount Count(IReadOnlyList<ChatTurn> turns, int maxLength);
}
