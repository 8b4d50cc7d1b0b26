namespace FineTune.Pipeline.Config.Yaml;

/// <summary>A 1-based line and column in the yaml text; <see cref="None"/> (0, 0) means "the whole file".</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition None { get; } = new(0, 0);

    public bool IsNone => Line == 0;
}
