namespace FineTune.Pipeline.Lora.Chat;

/// <summary>
/// Formats conversations as the model's chat template does and marks the tokens the loss trains on:
/// each assistant turn's content and its end-of-turn token, never headers or other roles.
/// Llama 3: <c>&lt;|begin_of_text|&gt;&lt;|start_header_id|&gt;role&lt;|end_header_id|&gt;\n\ncontent&lt;|eot_id|&gt;</c>;
/// ChatML: <c>&lt;|im_start|&gt;role\ncontent&lt;|im_end|&gt;\n</c>.
/// Text between special tokens is encoded as one piece, exactly as the whole string would be.
/// </summary>
public sealed class ChatEncoder(HfTokenizer tokenizer)
{
    public EncodedExample Encode(IReadOnlyList<ChatMessage> messages, string name = "example")
    {
        var ids = new List<int>();
        var trained = new List<bool>();
        void Add(IEnumerable<int> tokens, bool train)
        {
            foreach (var t in tokens)
            {
                ids.Add(t);
                trained.Add(train);
            }
        }

        var llama = tokenizer.Format == ChatFormat.Llama3;
        if (llama && tokenizer.BosToken is { } bos)
        {
            Add([tokenizer.SpecialId(bos)], false);
        }

        foreach (var message in messages)
        {
            var assistant = message.Role == "assistant";
            var content = llama ? message.Content.Trim() : message.Content;
            if (llama)
            {
                Add([tokenizer.SpecialId("<|start_header_id|>")], false);
                Add(tokenizer.Encode(message.Role), false);
                Add([tokenizer.SpecialId("<|end_header_id|>")], false);
                AddPiece("\n\n", content, assistant, Add);
                Add([tokenizer.EndOfTurnId], assistant);
            }
            else
            {
                Add([tokenizer.SpecialId("<|im_start|>")], false);
                AddPiece(message.Role + "\n", content, assistant, Add);
                Add([tokenizer.EndOfTurnId], assistant);
                Add(tokenizer.Encode("\n"), false);
            }
        }

        return new EncodedExample([.. ids], [.. trained], name);
    }

    /// <summary>Prompt for generation: the conversation so far plus an open assistant header.</summary>
    public int[] Prompt(IReadOnlyList<ChatMessage> messages)
    {
        var encoded = Encode(messages).Ids.ToList();
        if (tokenizer.Format == ChatFormat.Llama3)
        {
            encoded.Add(tokenizer.SpecialId("<|start_header_id|>"));
            encoded.AddRange(tokenizer.Encode("assistant"));
            encoded.Add(tokenizer.SpecialId("<|end_header_id|>"));
            encoded.AddRange(tokenizer.Encode("\n\n"));
        }
        else
        {
            encoded.Add(tokenizer.SpecialId("<|im_start|>"));
            encoded.AddRange(tokenizer.Encode("assistant\n"));
        }

        return [.. encoded];
    }

    // header + content form one piece of text between special tokens; the header's tokens are not trained.
    private void AddPiece(string header, string content, bool assistant, Action<IEnumerable<int>, bool> add)
    {
        var whole = tokenizer.Encode(header + content);
        var head = tokenizer.Encode(header);
        var split = whole.Length >= head.Length && whole.AsSpan(0, head.Length).SequenceEqual(head) ? head.Length : 0;
        add(whole[..split], false);
        add(whole[split..], assistant);
    }
}
