using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Catalog;

/// <summary>
/// Built-in facts about fine-tunable models (sources: OpenAI's pricing and deprecations pages, see
/// shared/notes/openai.md), merged with the <c>models:</c> section of finetune.yaml.
/// </summary>
public sealed class ModelCatalog
{
    /// <summary>OpenAI accepts no new fine-tuning jobs after this date, whatever the model (api.openai.com only).</summary>
    public static readonly DateOnly OpenAIFineTuningEnds = new(2027, 1, 6);

    private static readonly DateOnly Gpt4oFamilyShutdown = new(2027, 1, 14);
    private static readonly DateOnly Oct2026Shutdown = new(2026, 10, 23);

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

    /// <param name="overrides">The <c>models:</c> section. A key that is an alias (<c>gpt-4o-mini</c>) changes the entry it points to.</param>
    public ModelCatalog(IReadOnlyDictionary<string, ModelOverride>? overrides = null)
    {
        _entries = BuiltIn.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var (id, o) in overrides ?? new Dictionary<string, ModelOverride>())
        {
            var canonicalId = Aliases.GetValueOrDefault(id, id);
            var baseEntry = _entries.GetValueOrDefault(canonicalId)
                ?? new ModelInfo(canonicalId, o.Provider ?? Providers.Lora, TokenEncodings.O200kBase, 65_536, 0m, null);
            _entries[canonicalId] = baseEntry with
            {
                Provider = o.Provider ?? baseEntry.Provider,
                Encoding = o.Encoding ?? baseEntry.Encoding,
                MaxTokensPerExample = o.MaxTokensPerExample ?? baseEntry.MaxTokensPerExample,
                PricePerMillionTokens = o.PricePerMillionTokens ?? baseEntry.PricePerMillionTokens,
                ShutdownDate = o.ShutdownDate ?? baseEntry.ShutdownDate,
                Path = o.Path ?? baseEntry.Path,
            };
        }
    }

    /// <summary>The entries that ship with the tool (prices: USD per 1M training tokens, last published).</summary>
    public static IReadOnlyList<ModelInfo> BuiltIn { get; } =
    [
        new("gpt-4o-mini-2024-07-18", Providers.OpenAI, TokenEncodings.O200kBase, 65_536, 3.00m, Gpt4oFamilyShutdown),
        new("gpt-4o-2024-08-06", Providers.OpenAI, TokenEncodings.O200kBase, 65_536, 25.00m, Gpt4oFamilyShutdown),
        new("gpt-4.1-2025-04-14", Providers.OpenAI, TokenEncodings.O200kBase, 65_536, 25.00m, Gpt4oFamilyShutdown),
        new("gpt-4.1-mini-2025-04-14", Providers.OpenAI, TokenEncodings.O200kBase, 65_536, 5.00m, Gpt4oFamilyShutdown),
        new("gpt-4.1-nano-2025-04-14", Providers.OpenAI, TokenEncodings.O200kBase, 32_768, 1.50m, Oct2026Shutdown),
        new("gpt-3.5-turbo-0125", Providers.OpenAI, TokenEncodings.Cl100kBase, 16_385, 8.00m, Oct2026Shutdown),
    ];

    public IEnumerable<ModelInfo> Entries => _entries.Values.OrderBy(m => m.Id, StringComparer.Ordinal);

    /// <summary>All ids and aliases a user may write, for "did you mean" suggestions.</summary>
    public IEnumerable<string> KnownNames => _entries.Keys.Concat(Aliases.Keys).Order(StringComparer.Ordinal);

    /// <summary>True when the id (or the alias) names one of the entries that ship with the tool.</summary>
    public static bool IsBuiltIn(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var canonicalId = Aliases.GetValueOrDefault(id, id);
        return BuiltIn.Any(m => m.Id == canonicalId);
    }

    /// <summary>The ids and aliases whose entry uses the given provider.</summary>
    public IEnumerable<string> NamesFor(string provider) =>
        KnownNames.Where(name => TryGet(name)?.Provider == provider);

    /// <summary>
    /// Finds a model by id, alias (<c>gpt-4o-mini</c>) or fine-tuned id
    /// (<c>ft:gpt-4o-mini-2024-07-18:org::abc</c> resolves to its base).
    /// </summary>
    public ModelInfo? TryGet(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_entries.TryGetValue(id, out var found))
        {
            return found;
        }

        if (Aliases.TryGetValue(id, out var target))
        {
            return _entries.GetValueOrDefault(target);
        }

        if (id.StartsWith("ft:", StringComparison.Ordinal))
        {
            var baseId = id.Split(':')[1];
            return baseId.Length == 0 ? null : TryGet(baseId);
        }

        return null;
    }
}
