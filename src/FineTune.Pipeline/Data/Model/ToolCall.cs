namespace FineTune.Pipeline.Data.Model;

/// <summary>One element of an assistant message's <c>tool_calls</c>: <c>{id, type:"function", function:{name, arguments}}</c>.</summary>
internal sealed class ToolCall : IResettable
{
    public int ByteOffset { get; set; }

    public FieldKind ElementKind { get; set; }

    public FieldKind IdKind { get; set; }

    public TextRef Id { get; set; }

    public FieldKind TypeKind { get; set; }

    public TextRef Type { get; set; }

    public FieldKind FunctionKind { get; set; }

    public int FunctionOffset { get; set; }

    public FieldKind NameKind { get; set; }

    public TextRef Name { get; set; }

    public FieldKind ArgumentsKind { get; set; }

    public int ArgumentsOffset { get; set; }

    public TextRef Arguments { get; set; }

    public void Reset()
    {
        ByteOffset = 0;
        FunctionOffset = ArgumentsOffset = -1;
        ElementKind = IdKind = TypeKind = FunctionKind = NameKind = ArgumentsKind = FieldKind.Absent;
        Id = Type = Name = Arguments = TextRef.None;
    }
}
