using FineTune.Pipeline.Data.Model;

namespace FineTune.Pipeline.Data.Fingerprints;

/// <summary>Computes <see cref="ExampleFingerprints"/> for a parsed example. One per worker (it reuses hash state).</summary>
internal sealed class ExampleFingerprinter
{
    private readonly FingerprintBuilder _exact = new();
    private readonly FingerprintBuilder _normalized = new();
    private readonly FingerprintBuilder _prompt = new();

    public ExampleFingerprints Compute(ChatExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        _exact.Reset();
        _normalized.Reset();
        _prompt.Reset();
        var promptEnd = PromptEnd(example);
        var lists = example.MessageLists;
        for (var l = 0; l < lists.Length; l++)
        {
            var list = lists[l].List;
            _exact.Tag(1, l);
            _normalized.Tag(1, l);
            for (var i = 0; i < list.Count; i++)
            {
                AddMessage(example, list[i], _exact, normalized: false);
                AddMessage(example, list[i], _normalized, normalized: true);
                if (l == 0 && i < promptEnd)
                {
                    AddMessage(example, list[i], _prompt, normalized: false);
                }
            }
        }

        if (example.ToolsKind != FieldKind.Absent)
        {
            _exact.Bytes(2, example.LineSpan.Slice(example.ToolsOffset, example.ToolsLength));
        }

        _exact.Tag(3, (int)example.ParallelToolCallsKind);
        return new ExampleFingerprints(_exact.Finish(), _normalized.Finish(), promptEnd > 0 ? _prompt.Finish() : UInt128.Zero, SystemPrompt(example));
    }

    /// <summary>Index of the last assistant message of the conversation (DPO: all of <c>input.messages</c>).</summary>
    private static int PromptEnd(ChatExample example)
    {
        if (example.InputKind != FieldKind.Absent)
        {
            return example.Messages.Count;
        }

        for (var i = example.Messages.Count - 1; i >= 0; i--)
        {
            if (example.Messages[i].RoleValue == MessageRole.Assistant)
            {
                return i;
            }
        }

        return 0;
    }

    private UInt128 SystemPrompt(ChatExample example)
    {
        for (var i = 0; i < example.Messages.Count; i++)
        {
            var message = example.Messages[i];
            if (message.RoleValue == MessageRole.System)
            {
                _prompt.Reset();
                foreach (var text in new MessageTexts(message))
                {
                    _prompt.Text(4, example[text]);
                }

                return _prompt.Finish();
            }
        }

        return UInt128.Zero;
    }

    private static void AddMessage(ChatExample example, ChatMessage message, FingerprintBuilder hash, bool normalized)
    {
        hash.Tag(10, (int)message.ElementKind);
        hash.Tag(11, (int)message.RoleValue);
        if (message.RoleValue == MessageRole.Other)
        {
            hash.Text(12, example[message.Role]);
        }

        hash.Tag(13, (int)message.ContentKind);
        foreach (var text in new MessageTexts(message))
        {
            if (normalized)
            {
                hash.NormalizedText(14, example[text]);
            }
            else
            {
                hash.Text(14, example[text]);
            }
        }

        hash.Text(15, example[message.Name]);
        hash.Tag(16, message.WeightKind == FieldKind.Number ? (int)message.Weight : -1);
        for (var c = 0; c < message.ToolCalls.Count; c++)
        {
            var call = message.ToolCalls[c];
            if (!normalized)
            {
                hash.Text(17, example[call.Id]);
            }

            hash.Text(18, example[call.Name]);
            hash.Text(19, example[call.Arguments]);
        }

        if (!normalized)
        {
            hash.Text(20, example[message.ToolCallId]);
        }
    }
}
