using FineTune.Pipeline.Config.Binding;

namespace FineTune.Pipeline.Config;

/// <summary>
/// Where the keys of a loaded finetune.yaml were written, so that later tasks (cost gate, training) can
/// point their diagnostics at the yaml line: <c>config.Positions.Of("cost.budget_usd")</c>.
/// </summary>
public sealed class ConfigPositions
{
    private readonly ConfigLocations _locations;

    internal ConfigPositions(ConfigLocations locations) => _locations = locations;

    /// <summary>No positions: a config built in code.</summary>
    public static ConfigPositions Empty { get; } = new(new ConfigLocations());

    /// <summary>
    /// 1-based line and column of the value of a dotted key path (<c>train.base_model</c>, <c>models.qwen.path</c>);
    /// when the key was not written, the position of its nearest written parent key; (0, 0) when none was.
    /// </summary>
    public (int Line, int Column) Of(string keyPath)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        var at = _locations.ValueOf(keyPath);
        return (at.Line, at.Column);
    }

    /// <summary>True when the key was written in the yaml.</summary>
    public bool IsWritten(string keyPath) => _locations.IsSet(keyPath);
}
