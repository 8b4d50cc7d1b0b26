namespace FineTune.Pipeline.Data.Model;

/// <summary>One element of a <c>messages</c> array, as found on the line (kinds and byte offsets kept for diagnostics).</summary>
internal sealed class ChatMessage : IResettable
{
    /// <summary>Byte offset of the element on the line.</summary>
    public int ByteOffset { get; set; }

    /// <summary>Kind of the element itself; anything but <see cref="FieldKind.Object"/> is a structural error.</summary>
    public FieldKind ElementKind { get; set; }

    public FieldKind RoleKind { get; set; }

    public int RoleOffset { get; set; }

    public TextRef Role { get; set; }

    public MessageRole RoleValue { get; set; }

    public FieldKind ContentKind { get; set; }

    public int ContentOffset { get; set; }

    /// <summary>The text when content is a string.</summary>
    public TextRef Content { get; set; }

    /// <summary>The parts when content is an array.</summary>
    public ReusableList<ContentPart> Parts { get; } = new();

    public FieldKind NameKind { get; set; }

    public TextRef Name { get; set; }

    public int NameOffset { get; set; }

    public FieldKind WeightKind { get; set; }

    public int WeightOffset { get; set; }

    /// <summary>The weight's value when it is a number (NaN when not representable).</summary>
    public double Weight { get; set; }

    public FieldKind ToolCallsKind { get; set; }

    public int ToolCallsOffset { get; set; }

    public ReusableList<ToolCall> ToolCalls { get; } = new();

    public FieldKind ToolCallIdKind { get; set; }

    public int ToolCallIdOffset { get; set; }

    public TextRef ToolCallId { get; set; }

    /// <summary>Legacy <c>function_call</c> (accepted on assistant messages).</summary>
    public FieldKind FunctionCallKind { get; set; }

    /// <summary>The legacy <c>function_call</c>'s name and arguments, when it is an object.</summary>
    public ToolCall FunctionCall { get; } = new();

    /// <summary>Keys this message has that OpenAI does not know (name and offset of each).</summary>
    public List<TextRef> UnknownKeys { get; } = [];

    /// <summary>Tokens of this message by the chat formula (3 + role + content + name + tool calls).</summary>
    public int Tokens { get; set; }

    /// <summary>Tokens of the content alone (string or text parts).</summary>
    public int ContentTokens { get; set; }

    /// <summary>True when this message is trained on: an assistant message whose weight is not 0.</summary>
    public bool IsTrainedAssistant => RoleValue == MessageRole.Assistant && !(WeightKind == FieldKind.Number && Weight == 0);

    public bool HasToolCalls => ToolCallsKind == FieldKind.Array && ToolCalls.Count > 0;

    public void Reset()
    {
        ByteOffset = 0;
        ElementKind = FieldKind.Absent;
        RoleKind = ContentKind = NameKind = WeightKind = ToolCallsKind = ToolCallIdKind = FunctionCallKind = FieldKind.Absent;
        RoleOffset = ContentOffset = NameOffset = WeightOffset = ToolCallsOffset = ToolCallIdOffset = -1;
        Role = Content = Name = ToolCallId = TextRef.None;
        RoleValue = MessageRole.None;
        Weight = double.NaN;
        Parts.Clear();
        ToolCalls.Clear();
        FunctionCall.Reset();
        UnknownKeys.Clear();
        Tokens = 0;
        ContentTokens = 0;
    }
}
