using FineTune.Pipeline.Config.Yaml;

namespace FineTune.Pipeline.Config.Binding;

/// <summary>
/// Finds credentials written literally in the yaml (before interpolation: a key that comes from
/// <c>${VAR}</c> is fine). The message never repeats the value.
/// </summary>
internal static class SecretScanner
{
    public static void Scan(YamlNode node, ConfigDiagnostics diagnostics) =>
        Scan(node, diagnostics, string.Empty, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));

    /// <summary>Each node once: aliases share nodes, and a "billion laughs" file must not take forever.</summary>
    private static void Scan(YamlNode node, ConfigDiagnostics diagnostics, string path, HashSet<YamlNode> visited)
    {
        if (!visited.Add(node))
        {
            return;
        }

        switch (node)
        {
            case YamlScalar scalar:
                Check(scalar, path, diagnostics);
                break;
            case YamlMap map:
                foreach (var (key, value) in map.Entries)
                {
                    var keyPath = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
                    Check(key, path.Length == 0 ? "(top level)" : path, diagnostics);
                    Scan(value, diagnostics, ConfigText.LooksLikeSecret(key.Value) ? path : keyPath, visited);
                }

                break;
            case YamlList list:
                foreach (var item in list.Items)
                {
                    Scan(item, diagnostics, path, visited);
                }

                break;
        }
    }

    private static void Check(YamlScalar scalar, string path, ConfigDiagnostics diagnostics)
    {
        if (scalar.Reported)
        {
            return;
        }

        if (ConfigText.LooksLikeApiKey(scalar.Raw))
        {
            scalar.Reported = true;
            diagnostics.Error(ConfigCodes.LiteralSecret, scalar.Start, $"`{path}` holds what looks like an API key, written into finetune.yaml (it is not repeated here). Remove it, revoke the key if it was ever committed, keep it in an environment variable such as OPENAI_API_KEY, and name that variable in `openai.api_key_env`.");
        }
        else if (ConfigText.HasUrlPassword(scalar.Raw))
        {
            scalar.Reported = true;
            diagnostics.Error(ConfigCodes.LiteralSecret, scalar.Start, $"`{path}` holds a URL with a password in it (user:password@), written into finetune.yaml (it is not repeated here). Remove the password and pass it through an environment variable: `${{NAME}}`.");
        }
    }
}
