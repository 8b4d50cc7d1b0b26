using FineTune.Pipeline.Config.Binding;
using FineTune.Pipeline.Config.Checks;
using FineTune.Pipeline.Config.Yaml;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Config;

/// <summary>Reads finetune.yaml into a <see cref="FineTuneConfig"/>, reporting every problem with line and column.</summary>
public static class ConfigLoader
{
    private static readonly IConfigCheck[] Checks =
    [
        new VersionCheck(),
        new DataFilesCheck(),
        new IgnoredSettingsCheck(),
        new BudgetCheck(),
        new BaseUrlCheck(),
        new ModelsSectionCheck(),
        new BaseModelCheck(),
        new RuleCodesCheck(),
    ];

    /// <summary>Loads and checks the yaml file. Never throws for user mistakes: they come back as diagnostics.</summary>
    /// <param name="path">Path of finetune.yaml; diagnostics name the file as given here.</param>
    /// <param name="environment">Variables for <c>${NAME}</c> interpolation; null: the process environment.</param>
    public static ConfigLoadResult Load(string path, IReadOnlyDictionary<string, string>? environment = null) =>
        Load(path, new ConfigLoadOptions { Environment = environment });

    /// <inheritdoc cref="Load(string, IReadOnlyDictionary{string, string}?)"/>
    public static ConfigLoadResult Load(string path, ConfigLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var fullPath = Path.GetFullPath(path);
        var diagnostics = new ConfigDiagnostics(path);
        var text = ConfigFileReader.Read(path, fullPath, diagnostics);
        return text is null
            ? new ConfigLoadResult(null, diagnostics.ToSortedList())
            : LoadCore(text, diagnostics, Path.GetDirectoryName(fullPath)!, fullPath, options);
    }

    /// <summary>Loads yaml text as if read from <paramref name="fileName"/> in <paramref name="baseDirectory"/> (for tests and tools).</summary>
    public static ConfigLoadResult LoadFromString(string yaml, string fileName, string baseDirectory, IReadOnlyDictionary<string, string>? environment = null) =>
        LoadFromString(yaml, fileName, baseDirectory, new ConfigLoadOptions { Environment = environment });

    /// <inheritdoc cref="LoadFromString(string, string, string, IReadOnlyDictionary{string, string}?)"/>
    public static ConfigLoadResult LoadFromString(string yaml, string fileName, string baseDirectory, ConfigLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        ArgumentNullException.ThrowIfNull(options);
        var fullBase = Path.GetFullPath(baseDirectory);
        return LoadCore(yaml, new ConfigDiagnostics(fileName), fullBase, Path.Combine(fullBase, Path.GetFileName(fileName)), options);
    }

    private static ConfigLoadResult LoadCore(string text, ConfigDiagnostics diagnostics, string baseDirectory, string sourcePath, ConfigLoadOptions options)
    {
        var source = new SourceText(text);
        var root = YamlTreeReader.Read(source, diagnostics);
        if (root is null || root is YamlScalar { IsNull: true })
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(ConfigCodes.EmptyFile, SourcePosition.None, "the configuration is empty. Start from `version: 1` and `data: { train: data/train.jsonl }` (see docs/configuration.md).");
            }

            return new ConfigLoadResult(null, diagnostics.ToSortedList());
        }

        if (root is not YamlMap map)
        {
            diagnostics.Error(ConfigCodes.NotAMapping, root.Start, $"the top level of finetune.yaml must be a mapping of keys (`version:`, `data:`, `train:` …), but it is {root.Describe()}. Write one `key: value` per line.");
            return new ConfigLoadResult(null, diagnostics.ToSortedList());
        }

        SecretScanner.Scan(map, diagnostics);
        var environment = options.Environment ?? ProcessEnvironment();
        new EnvironmentInterpolator(environment, source, diagnostics).Apply(map);
        var locations = new ConfigLocations();
        var config = new ConfigBinder(diagnostics, locations).Bind(map) with
        {
            SourcePath = sourcePath,
            BaseDirectory = baseDirectory,
            Positions = new ConfigPositions(locations),
        };
        var context = new ConfigCheckContext(config, locations, diagnostics, options, environment);
        foreach (var check in Checks)
        {
            check.Check(context);
        }

        var findings = ApplyRuleSeverities(diagnostics.ToSortedList(), config.Validation.Rules);
        return new ConfigLoadResult(ConfigPaths.MakeAbsolute(config), findings);
    }

    /// <summary><c>validation.rules</c> may silence or raise configuration warnings too (<c>FT0021: off</c>); errors stay errors.</summary>
    private static List<Diagnostic> ApplyRuleSeverities(IReadOnlyList<Diagnostic> findings, IReadOnlyDictionary<string, Severity> rules) =>
        [.. findings
            .Select(d => d.Severity != Severity.Error && rules.TryGetValue(d.Code, out var severity) ? d with { Severity = severity } : d)
            .Where(d => d.Severity != Severity.Off)];

    private static Dictionary<string, string> ProcessEnvironment() =>
        Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty, StringComparer.Ordinal);
}
