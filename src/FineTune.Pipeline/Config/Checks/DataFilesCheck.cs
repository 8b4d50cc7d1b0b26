namespace FineTune.Pipeline.Config.Checks;

/// <summary>
/// <c>data.train</c> must exist, and <c>data.eval</c> when given, as files relative to the yaml's folder; not when
/// the <c>generate</c> stage writes the file (its first run creates it).
/// </summary>
internal sealed class DataFilesCheck : IConfigCheck
{
    public void Check(ConfigCheckContext context)
    {
        var data = context.Config.Data;
        if (!IsGenerated(context, data.Train))
        {
            CheckFile(context, "data.train", data.Train, "training data");
        }

        if (data.Eval is not null && !IsGenerated(context, data.Eval))
        {
            CheckFile(context, "data.eval", data.Eval, "eval data");
        }
    }

    /// <summary>True when <c>generate.output</c> (default <c>data.train</c>) is this file.</summary>
    private static bool IsGenerated(ConfigCheckContext context, string path) =>
        context.Config.Generate is { } generate
        && string.Equals(context.FullPath(generate.Output ?? context.Config.Data.Train), context.FullPath(path), StringComparison.Ordinal);

    private static void CheckFile(ConfigCheckContext context, string key, string path, string what)
    {
        if (context.Locations.Failed(key))
        {
            return;
        }

        var full = context.FullPath(path);
        if (File.Exists(full))
        {
            return;
        }

        var folder = context.Config.BaseDirectory;
        var message = Directory.Exists(full)
            ? $"`{key}` points at a folder ({full}); give the path of the JSONL file in it."
            : context.Locations.IsSet(key)
                ? $"{what} not found: `{path}` resolves to {full}, which does not exist. Fix `{key}`; relative paths start at the folder of finetune.yaml ({folder})."
                : $"{what} not found: `{key}` is not set and the default `{path}` does not exist ({full}). Set `{key}` to your JSONL file.";
        context.Error(ConfigCodes.DataFileNotFound, key, message);
    }
}
