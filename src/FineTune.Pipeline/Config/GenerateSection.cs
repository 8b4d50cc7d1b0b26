using FineTune.Pipeline.Config.Yaml;

namespace FineTune.Pipeline.Config;

/// <summary>
/// Whether finetune.yaml has a <c>generate:</c> section, read before the configuration is loaded: the task
/// graph (also a dry run's) puts <c>generate</c> before <c>validate</c> only then. A file that cannot be read or
/// parsed has none here; loading it reports why.
/// </summary>
public static class GenerateSection
{
    public static bool IsDeclared(string configPath)
    {
        ArgumentNullException.ThrowIfNull(configPath);
        var diagnostics = new ConfigDiagnostics(configPath);
        var text = File.Exists(configPath) ? ConfigFileReader.Read(configPath, Path.GetFullPath(configPath), diagnostics) : null;
        if (text is null)
        {
            return false;
        }

        return YamlTreeReader.Read(new SourceText(text), diagnostics) is YamlMap root
            && root.Entries.Any(e => e.Key.Value == "generate" && e.Value is YamlMap);
    }
}
