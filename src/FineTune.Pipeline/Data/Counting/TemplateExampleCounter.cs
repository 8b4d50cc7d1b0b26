using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Data.Counting;

/// <summary>
/// Replaces an example's chat-formula totals with its length as the self-hosted trainer encodes it (the
/// checkpoint's tokenizer and chat template): every token, the trained assistant tokens, and what
/// <c>train.lora.max_seq_length</c> cuts off. Reads the messages as training does: the role (none: user) and the
/// string content or its text parts joined; tools and tool calls are not part of the template. One per worker.
/// </summary>
internal sealed class TemplateExampleCounter(IChatTemplateCounter counter, int maxLength)
{
    private readonly List<ChatTurn> _turns = [];

    public void Count(ChatExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        _turns.Clear();
        for (var i = 0; i < example.Messages.Count; i++)
        {
            var message = example.Messages[i];
            if (message.ElementKind != FieldKind.Object)
            {
                continue;
            }

            var role = message.RoleKind == FieldKind.String ? new string(example[message.Role]) : "user";
            _turns.Add(new ChatTurn(role, Content(example, message)));
        }

        var count = counter.Count(_turns, maxLength);
        example.Tokens = count.Tokens;
        example.AssistantTokens = count.TrainedTokens;
        example.TruncatedTokens = Math.Max(0, count.Tokens - maxLength);
        example.TruncatedTrainedTokens = count.TrainedTokensCut;
    }

    private static string Content(ChatExample example, ChatMessage message)
    {
        var texts = new MessageTexts(message).GetEnumerator();
        if (!texts.MoveNext())
        {
            return string.Empty;
        }

        var first = texts.Current;
        if (!texts.MoveNext())
        {
            return new string(example[first]);
        }

        var joined = new System.Text.StringBuilder().Append(example[first]);
        do
        {
            joined.Append(example[texts.Current]);
        }
        while (texts.MoveNext());
        return joined.ToString();
    }
}
