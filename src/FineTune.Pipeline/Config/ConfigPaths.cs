namespace FineTune.Pipeline.Config;

/// <summary>Makes every path of a loaded config absolute against the yaml's folder.</summary>
internal static class ConfigPaths
{
    public static FineTuneConfig MakeAbsolute(FineTuneConfig config)
    {
        string Full(string path) => ConfigPaths.Full(path, config.BaseDirectory);

        return config with
        {
            Data = config.Data with
            {
                Train = Full(config.Data.Train),
                Eval = config.Data.Eval is null ? null : Full(config.Data.Eval),
            },
            Train = config.Train with { Lora = config.Train.Lora with { OutputDir = Full(config.Train.Lora.OutputDir) } },
            Reports = config.Reports with { Dir = Full(config.Reports.Dir) },
            Generate = config.Generate is not { } generate ? null : generate with
            {
                Prompts = generate.Prompts is null ? null : Full(generate.Prompts),
                Output = generate.Output is null ? null : Full(generate.Output),
            },
            Models = config.Models.ToDictionary(
                m => m.Key,
                m => m.Value.Path is null ? m.Value : m.Value with { Path = Full(m.Value.Path) },
                StringComparer.Ordinal),
        };
    }

    /// <summary>The absolute path; a path the OS cannot represent (a NUL character) is returned as written.</summary>
    public static string Full(string path, string baseDirectory)
    {
        try
        {
            return Path.GetFullPath(path, baseDirectory);
        }
        catch (ArgumentException)
        {
            return path;
        }
    }
}
