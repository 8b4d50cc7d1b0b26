using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Evaluation.Local;

/// <summary>
/// The local models of one evaluation, run in-process through the LoRA backend. Endpoints are <c>local:</c> +
/// checkpoint path + content hashes of checkpoint and adapter, so the response cache never serves an answer of an
/// older adapter. Weights are loaded only when some answer is not cached; models on the same checkpoint share one
/// load when at most one adapter is involved (the usual base-versus-tuned case: the adapter is switched per request).
/// </summary>
public sealed class LocalModelSet : IDisposable
{
    private readonly Dictionary<string, LocalModelSpec> _specs;
    private readonly Dictionary<string, IChatModel> _models = new(StringComparer.Ordinal);
    private readonly List<ILocalModelHost> _hosts = [];
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly string _baseDirectory;
    private ILoraBackend? _backend;

    private LocalModelSet(Dictionary<string, LocalModelSpec> specs, string baseDirectory)
    {
        _specs = specs;
        _baseDirectory = baseDirectory;
    }

    public bool IsEmpty => _specs.Count == 0;

    /// <summary>Which of <paramref name="names"/> are local models; FT7016 for a local model whose files are missing.</summary>
    public static LocalModelSet Resolve(FineTuneConfig config, IEnumerable<string> names, List<Diagnostic> diagnostics, string file)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var resolver = new LocalModelResolver(config, diagnostics, file);
        var set = new LocalModelSet([], config.BaseDirectory);
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var before = diagnostics.Count;
            if (resolver.Resolve(name) is { } spec)
            {
                set._specs[name] = spec;
            }
            else if (diagnostics.Count > before)
            {
                set._broken.Add(name);
            }
        }

        return set;
    }

    /// <summary>True when <paramref name="name"/> is a local model, also one whose files are missing (reported).</summary>
    public bool Claims(string name) => _specs.ContainsKey(name) || _broken.Contains(name);

    /// <summary>The in-process model named <paramref name="name"/>, or null when it is not local (or not opened).</summary>
    public IChatModel? Get(string name) => _models.GetValueOrDefault(name);

    /// <summary>Local models cost nothing: a price of 0 for each one <paramref name="prices"/> does not name.</summary>
    public IReadOnlyDictionary<string, ModelPriceConfig> WithFreePrices(IReadOnlyDictionary<string, ModelPriceConfig> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var all = new Dictionary<string, ModelPriceConfig>(prices, StringComparer.Ordinal);
        foreach (var name in _specs.Keys)
        {
            all.TryAdd(name, new ModelPriceConfig());
        }

        return all;
    }

    /// <summary>
    /// Gets the local models ready without loading weights: FT7017 without a backend, FT7016 when a folder cannot be
    /// read; the endpoints (content hashes) are known afterwards. False on failure.
    /// </summary>
    public bool Prepare(ILoraBackend? backend, List<Diagnostic> diagnostics, string file)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (IsEmpty)
        {
            return true;
        }

        if (backend is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, EvaluationCodes.LocalBackendMissing, file, 0, 0,
                $"{string.Join(" and ", _specs.Keys)} {(_specs.Count == 1 ? "is a local model" : "are local models")} (provider lora). {LoraBackendLoader.HowToGetIt}"));
            return false;
        }

        _backend = backend;
        foreach (var spec in _specs.Values)
        {
            try
            {
                var endpoint = $"local:{Display(spec.Checkpoint)}#{LocalModelHash.Checkpoint(spec.Checkpoint)[..16]}";
                endpoint = spec.Adapter is null ? endpoint : $"{endpoint}+{Display(spec.Adapter)}#{LocalModelHash.Adapter(spec.Adapter)[..16]}";
                _models[spec.Name] = new LocalModelProxy(spec.Name, endpoint);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, EvaluationCodes.LocalModelUnavailable, file, 0, 0, $"Cannot read the local model {spec.Name}: {e.Message}"));
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Loads the weights of the models that <paramref name="answered"/> says have an uncached question, once per
    /// checkpoint when at most one adapter is involved (FT7016 when the backend cannot load a folder). False on failure.
    /// </summary>
    public bool Load(Func<IChatModel, bool> answered, string? chatFormat, List<Diagnostic> diagnostics, string file)
    {
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var needed = _specs.Values.Where(s => !answered(_models[s.Name])).ToList();
        foreach (var group in needed.GroupBy(s => s.Checkpoint, StringComparer.Ordinal))
        {
            var adapters = group.Select(s => s.Adapter).OfType<string>().Distinct(StringComparer.Ordinal).Count();
            foreach (var load in adapters <= 1 ? [group.ToList()] : group.GroupBy(s => s.Adapter).Select(g => g.ToList()).ToList())
            {
                var adapter = load.Select(s => s.Adapter).OfType<string>().FirstOrDefault();
                try
                {
                    var host = _backend!.OpenChatModels(group.Key, adapter, chatFormat);
                    _hosts.Add(host);
                    foreach (var spec in load)
                    {
                        var proxy = (LocalModelProxy)_models[spec.Name];
                        proxy.Target = host.Create(spec.Name, proxy.Endpoint, spec.Adapter is not null);
                    }
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    diagnostics.Add(new Diagnostic(Severity.Error, EvaluationCodes.LocalModelUnavailable, file, 0, 0,
                        $"Cannot load the local model {string.Join(", ", load.Select(s => s.Name))} ({Display(group.Key)}{(adapter is null ? string.Empty : " + " + Display(adapter))}): {e.Message}"));
                    return false;
                }
            }
        }

        return true;
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _hosts.Clear();
    }

    private string Display(string path) => Path.GetRelativePath(_baseDirectory, path).Replace('\\', '/');
}
