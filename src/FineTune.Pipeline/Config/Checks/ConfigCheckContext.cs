using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config.Binding;

namespace FineTune.Pipeline.Config.Checks;

/// <summary>What a check sees: the bound config (paths as written), where each key was, and where to report.</summary>
internal sealed class ConfigCheckContext(FineTuneConfig config, ConfigLocations locations, ConfigDiagnostics diagnostics, ConfigLoadOptions options, IReadOnlyDictionary<string, string> environment)
{
    private ModelCatalog? _catalog;

    public FineTuneConfig Config { get; } = config;

    public ConfigLocations Locations { get; } = locations;

    public ConfigDiagnostics Diagnostics { get; } = diagnostics;

    public ConfigLoadOptions Options { get; } = options;

    /// <summary>The variables used for interpolation (the process environment unless the caller gave some).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; } = environment;

    public ModelCatalog Catalog => _catalog ??= new ModelCatalog(Config.Models);

    public DateOnly Today => DateOnly.FromDateTime(Options.TimeProvider.GetUtcNow().UtcDateTime);

    /// <summary>A path from the yaml made absolute against the yaml's folder.</summary>
    public string FullPath(string path) => ConfigPaths.Full(path, Config.BaseDirectory);

    /// <summary>Reports at the value of <paramref name="keyPath"/> (or its nearest written ancestor).</summary>
    public void Error(string code, string keyPath, string message) => Diagnostics.Error(code, Locations.ValueOf(keyPath), message);

    public void Warning(string code, string keyPath, string message) => Diagnostics.Warning(code, Locations.ValueOf(keyPath), message);
}
