namespace FineTune.Pipeline.Config;

/// <summary>Shape of each JSONL line; written in yaml in snake_case (<c>chat</c>, <c>dpo</c>).</summary>
public enum DataFormat
{
    /// <summary>Supervised chat examples: <c>{"messages": [...]}</c>.</summary>
    Chat,

    /// <summary>Preference pairs: <c>{"input": ..., "preferred_output": ..., "non_preferred_output": ...}</c>.</summary>
    Dpo,
}
