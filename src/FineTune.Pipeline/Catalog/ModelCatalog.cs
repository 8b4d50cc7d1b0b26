using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Catalog;

/// <summary>
/// Built-in facts about fine-tunable models (sources: OpenAI's pricing and deprecations pages, see
/// shared/notes/openai.md), merged with the <c>models:</c> section of finetune.yaml.
/// </summary>
public sealed class ModelCatalog
{
    private static readonly DateOnly Gpt4oFamilyShutdown = new(2027, 1, 14);
    private static readonly DateOnly Oct2026Shutdown = new(2026, 10, 23);

    /// <summary>The entries that ship with the tool.</summary>
    public static IReadOnlyList<ModelInfo> BuiltIn { get; } =
    [
        new("gpt-4o-mini-2024-07-18", "openai", "o200k_base", 65_536, 3.00m, Gpt4oFamilyShutdown),
        new("gpt-4o-2024-08-06", "openai", "o200k_base", 65_536, 25.00m, Gpt4oFamilyShutdown),
        new("gpt-4.1-2025-04-14", "openai", "o200k_base", 65_536, 25.00m, Gpt4oFamilyShutdown),
        new("gpt-4.1-mini-2025-04-14", "openai", "o200k_base", 65_536, 5.00m, Gpt4oFamilyShutdown),
        new("gpt-4.1-nano-2025-04-14", "openai", "o200k_base", 32_768, 1.50m, Oct2026Shutdown),
        new("gpt-3.5-turbo-0125", "openai", "cl100k_base", 16_385, 8.00m, Oct2026Shutdown),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["gpt-4o-mini"] = "gpt-4o-mini-2024-07-18",
        ["gpt-4o"] = "gpt-4o-2024-08-06",
        ["gpt-4.1"] = "gpt-4.1-2025-04-14",
        ["gpt-4.1-mini"] = "gpt-4.1-mini-2025-04-14",
        ["gpt-4.1-nano"] = "gpt-4.1-nano-2025-04-14",
        ["gpt-3.5-turbo"] = "gpt-3.5-turbo-0125",
    };

    private readonly Dictionary<string, ModelInfo> _entries;

    public ModelCatalog(IReadOnlyDictionary<string, ModelOverride>? overrides = null)
    {
        _entries = BuiltIn.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var (id, o) in overrides ?? new Dictionary<string, ModelOverride>())
        {
            var baseEntry = TryGet(id) ?? new ModelInfo(id, o.Provider ?? "lora", "o200k_base", 65_536, 0m, null);
            _entries[id] = baseEntry with
            {
                Id = id,
                Provider = o.Provider ?? baseEntry.Provider,
                Encoding = o.Encoding ?? baseEntry.Encoding,
                MaxTokensPerExample = o.MaxTokensPerExample ?? baseEntry.MaxTokensPerExample,
                PricePerMillionTokens = o.PricePerMillionTokens ?? baseEntry.PricePerMillionTokens,
                ShutdownDate = o.ShutdownDate ?? baseEntry.ShutdownDate,
                Path = o.Path ?? baseEntry.Path,
            };
        }
    }

    public IEnumerable<ModelInfo> Entries => _entries.Values.OrderBy(m => m.Id, StringComparer.Ordinal);

    /// <summary>
    /// Finds a model by id, alias (<c>gpt-4o-mini</c>) or fine-tuned id
    /// (<c>ft:gpt-4o-mini-2024-07-18:org::abc</c> resolves to its base).
    /// </summary>
    public ModelInfo? TryGet(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_entries?.TryGetValue(id, out var found) == true)
        {
            return found;
        }

        if (id.StartsWith("ft:", StringComparison.Ordinal))
        {
            var baseId = id.Split(':')[1];
            return TryGet(baseId);
        }

        if (Aliases.TryGetValue(id, out var target))
        {
            return _entries?.GetValueOrDefault(target) ?? BuiltIn.FirstOrDefault(m => m.Id == target);
        }

        return _entries is null ? BuiltIn.FirstOrDefault(m => m.Id == id) : null;
    }

    /// <summary>All ids and aliases a user may write, for "did you mean" suggestions.</summary>
    public IEnumerable<string> KnownNames => _entries.Keys.Concat(Aliases.Keys).Order(StringComparer.Ordinal);
}
