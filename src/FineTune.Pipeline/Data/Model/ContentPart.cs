namespace FineTune.Pipeline.Data.Model;

/// <summary>One element of an array <c>content</c>: OpenAI fine-tuning accepts <c>{"type":"text","text":"..."}</c>.</summary>
internal sealed class ContentPart : IResettable
{
    public int ByteOffset { get; set; }

    public FieldKind ElementKind { get; set; }

    public FieldKind TypeKind { get; set; }

    public TextRef Type { get; set; }

    public FieldKind TextKind { get; set; }

    public TextRef Text { get; set; }

    public void Reset()
    {
        ByteOffset = 0;
        ElementKind = TypeKind = TextKind = FieldKind.Absent;
        Type = Text = TextRef.None;
    }
}
