namespace FineTune.Pipeline.Data.Model;

/// <summary>
/// The free text of a message without allocating: its string content or the text of each text part and,
/// when <see cref="IncludeArguments"/> is set, the arguments of its tool calls.
/// </summary>
internal readonly struct MessageTexts(ChatMessage message, bool includeArguments = false)
{
    public bool IncludeArguments => includeArguments;

    public Enumerator GetEnumerator() => new(message, includeArguments);

    public struct Enumerator(ChatMessage message, bool includeArguments)
    {
        // -1: content string; 0..Parts-1: parts; then tool call arguments.
        private int _index = -2;

        public TextRef Current { get; private set; }

        public bool MoveNext()
        {
            while (true)
            {
                _index++;
                if (_index == -1)
                {
                    if (message.ContentKind == FieldKind.String)
                    {
                        Current = message.Content;
                        return true;
                    }

                    continue;
                }

                if (_index < message.Parts.Count)
                {
                    var part = message.Parts[_index];
                    if (part.TextKind == FieldKind.String)
                    {
                        Current = part.Text;
                        return true;
                    }

                    continue;
                }

                var call = _index - message.Parts.Count;
                if (!includeArguments || call >= message.ToolCalls.Count)
                {
                    return false;
                }

                if (message.ToolCalls[call].ArgumentsKind == FieldKind.String)
                {
                    Current = message.ToolCalls[call].Arguments;
                    return true;
                }
            }
        }
    }
}
