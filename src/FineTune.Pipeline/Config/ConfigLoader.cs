namespace FineTune.Pipeline.Config;

/// <summary>Reads finetune.yaml into a <see cref="FineTuneConfig"/>, reporting every problem with line and column.</summary>
public static class ConfigLoader
{
    /// <summary>Loads and checks the yaml file. Never throws for user mistakes: they come back as diagnostics.</summary>
    /// <param name="path">Path of finetune.yaml.</param>
    /// <param name="environment">Variables for <c>${NAME}</c> interpolation; null: the process environment.</param>
    public static ConfigLoadResult Load(string path, IReadOnlyDictionary<string, string>? environment = null)
        => throw new NotImplementedException("owned by the config work");
}
