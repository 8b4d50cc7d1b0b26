namespace FineTune.Pipeline.Tests.Tokens;

/// <summary>One golden text and tiktoken's count of it in each encoding.</summary>
internal sealed record GoldenText(string Id, string Text, int O200kBase, int Cl100kBase)
{
    public int Expected(string encoding) => encoding == "o200k_base" ? O200kBase : Cl100kBase;
}
