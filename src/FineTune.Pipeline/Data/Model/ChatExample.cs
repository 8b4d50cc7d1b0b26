namespace FineTune.Pipeline.Data.Model;

/// <summary>
/// One parsed line: a chat example (<c>messages</c>, <c>tools</c>, <c>parallel_tool_calls</c>) or a DPO pair
/// (<c>input.messages</c>, <c>preferred_output</c>, <c>non_preferred_output</c>). Reused line after line by one worker;
/// strings live in <see cref="Text"/> and byte offsets point into <see cref="Line"/>.
/// </summary>
internal sealed class ChatExample : IDisposable
{
    private readonly (string Name, ReusableList<ChatMessage> List)[] _lists;

    public ChatExample()
    {
        _lists = [("messages", Messages), ("preferred_output", Preferred), ("non_preferred_output", NonPreferred)];
    }

    public TextArena Text { get; } = new();

    /// <summary>The UTF-8 bytes of the line (without its line ending); valid while the example is being checked.</summary>
    public ReadOnlyMemory<byte> Line { get; set; }

    public FieldKind MessagesKind { get; set; }

    public int MessagesOffset { get; set; }

    /// <summary>Chat: <c>messages</c>. DPO: <c>input.messages</c>.</summary>
    public ReusableList<ChatMessage> Messages { get; } = new();

    public FieldKind ToolsKind { get; set; }

    public int ToolsOffset { get; set; }

    /// <summary>Byte length of the raw <c>tools</c> value.</summary>
    public int ToolsLength { get; set; }

    public FieldKind ParallelToolCallsKind { get; set; }

    public int ParallelToolCallsOffset { get; set; }

    public FieldKind InputKind { get; set; }

    public int InputOffset { get; set; }

    public FieldKind PreferredKind { get; set; }

    public int PreferredOffset { get; set; }

    public ReusableList<ChatMessage> Preferred { get; } = new();

    public FieldKind NonPreferredKind { get; set; }

    public int NonPreferredOffset { get; set; }

    public ReusableList<ChatMessage> NonPreferred { get; } = new();

    /// <summary>Top-level keys that neither format knows.</summary>
    public List<TextRef> UnknownKeys { get; } = [];

    /// <summary>Keys that appear twice in one object, anywhere on the line (the later value wins).</summary>
    public List<TextRef> DuplicateKeys { get; } = [];

    /// <summary>Tokens of the whole example by the chat formula (messages, priming, tool definitions).</summary>
    public int Tokens { get; set; }

    /// <summary>Tokens of trained assistant messages (content and tool calls).</summary>
    public int AssistantTokens { get; set; }

    /// <summary>Tokens of the <c>tools</c> definitions (0 without tools).</summary>
    public int ToolTokens { get; set; }

    /// <summary>Tokens past <c>train.lora.max_seq_length</c> under the model's chat template (0: fits, or not counted that way).</summary>
    public int TruncatedTokens { get; set; }

    /// <summary>Of <see cref="TruncatedTokens"/>, those the loss would train on (assistant tokens).</summary>
    public int TruncatedTrainedTokens { get; set; }

    /// <summary>Every message list of the line with its JSON path: the conversation, then the DPO outputs.</summary>
    public ReadOnlySpan<(string Name, ReusableList<ChatMessage> List)> MessageLists
    {
        get
        {
            _lists[0].Name = InputKind == FieldKind.Absent ? "messages" : "input.messages";
            return _lists;
        }
    }

    public ReadOnlySpan<char> this[TextRef text] => Text[text];

    public ReadOnlySpan<byte> LineSpan => Line.Span;

    public void Reset(ReadOnlyMemory<byte> line)
    {
        Line = line;
        Text.Reset();
        Messages.Clear();
        Preferred.Clear();
        NonPreferred.Clear();
        UnknownKeys.Clear();
        DuplicateKeys.Clear();
        MessagesKind = ToolsKind = ParallelToolCallsKind = InputKind = PreferredKind = NonPreferredKind = FieldKind.Absent;
        MessagesOffset = ToolsOffset = ParallelToolCallsOffset = InputOffset = PreferredOffset = NonPreferredOffset = -1;
        ToolsLength = 0;
        Tokens = AssistantTokens = ToolTokens = TruncatedTokens = TruncatedTrainedTokens = 0;
    }

    public void Dispose() => Text.Dispose();
}
