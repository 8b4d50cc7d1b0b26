using FineTune.Pipeline.Config.Yaml;

namespace FineTune.Pipeline.Config.Binding;

/// <summary>
/// Where each bound key path (<c>train.base_model</c>, <c>models.my-llama.path</c>) was written, so that
/// checks running on the typed config can point back at the yaml; and which paths already failed.
/// </summary>
internal sealed class ConfigLocations
{
    private readonly Dictionary<string, (SourcePosition Key, SourcePosition Value)> _positions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    public void Add(string path, SourcePosition key, SourcePosition value) => _positions[path] = (key, value);

    public void MarkFailed(string path) => _failed.Add(path);

    /// <summary>True when the key was written in the yaml.</summary>
    public bool IsSet(string path) => _positions.ContainsKey(path);

    /// <summary>True when the value at the path (or under it) was reported already; checks skip it.</summary>
    public bool Failed(string path) => _failed.Contains(path) || _failed.Any(f => f.StartsWith(path + ".", StringComparison.Ordinal));

    /// <summary>Position of the value at the path, else of its nearest written ancestor key, else the whole file.</summary>
    public SourcePosition ValueOf(string path)
    {
        if (_positions.TryGetValue(path, out var found))
        {
            return found.Value;
        }

        return KeyOf(path);
    }

    /// <summary>Position of the key at the path, else of its nearest written ancestor, else the whole file.</summary>
    public SourcePosition KeyOf(string path)
    {
        for (var p = path; p.Length > 0; p = p.Contains('.', StringComparison.Ordinal) ? p[..p.LastIndexOf('.')] : string.Empty)
        {
            if (_positions.TryGetValue(p, out var found))
            {
                return found.Key;
            }
        }

        return SourcePosition.None;
    }
}
