using System.Text;
using System.Text.RegularExpressions;
using FineTune.Pipeline.Config.Yaml;

namespace FineTune.Pipeline.Config.Binding;

/// <summary>
/// Expands <c>${NAME}</c> and <c>${NAME:-default}</c> in scalar values (not keys); <c>$${</c> stands for a
/// literal <c>${</c>. A variable that is unset and has no default is an error at the <c>${</c> itself.
/// </summary>
internal sealed partial class EnvironmentInterpolator(IReadOnlyDictionary<string, string> environment, SourceText source, ConfigDiagnostics diagnostics)
{
    private readonly HashSet<YamlNode> _visited = new(ReferenceEqualityComparer.Instance);

    public void Apply(YamlNode node, string path = "")
    {
        if (!_visited.Add(node))
        {
            return;
        }

        switch (node)
        {
            case YamlScalar scalar:
                Expand(scalar, path);
                break;
            case YamlMap map:
                foreach (var (key, value) in map.Entries)
                {
                    Apply(value, path.Length == 0 ? key.Value : $"{path}.{key.Value}");
                }

                break;
            case YamlList list:
                foreach (var item in list.Items)
                {
                    Apply(item, path);
                }

                break;
        }
    }

    private void Expand(YamlScalar scalar, string path)
    {
        if (scalar.Interpolated || scalar.Reported || !scalar.Value.Contains('$', StringComparison.Ordinal))
        {
            return;
        }

        scalar.Interpolated = true;
        var text = scalar.Value;
        var result = new StringBuilder(text.Length);
        var failed = false;
        var occurrence = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, "$${", 0, 3) == 0)
            {
                result.Append("${");
                i += 3;
                continue;
            }

            if (string.CompareOrdinal(text, i, "${", 0, 2) != 0)
            {
                result.Append(text[i++]);
                continue;
            }

            var at = PositionOf(scalar, occurrence++);
            var close = text.IndexOf('}', i + 2);
            if (close < 0)
            {
                diagnostics.Error(ConfigCodes.BadInterpolation, at, $"`{path}`: `${{` is not closed. Write `${{NAME}}` or `${{NAME:-default}}`, or `$${{` for a literal `${{`.");
                failed = true;
                break;
            }

            var expression = text[(i + 2)..close];
            var separator = expression.IndexOf(":-", StringComparison.Ordinal);
            var name = separator < 0 ? expression : expression[..separator];
            var fallback = separator < 0 ? null : expression[(separator + 2)..];
            if (!VariableName().IsMatch(name))
            {
                diagnostics.Error(ConfigCodes.BadInterpolation, at, $"`{path}`: {ConfigText.Quote("${" + expression + "}")} is not a variable reference; names use letters, digits and _ and do not start with a digit (`${{OPENAI_BASE_URL}}`). Write `$${{` for a literal `${{`.");
                failed = true;
            }
            else if (environment.TryGetValue(name, out var set) && (set.Length > 0 || fallback is null))
            {
                result.Append(set);
            }
            else if (fallback is not null)
            {
                result.Append(fallback);
            }
            else
            {
                diagnostics.Error(ConfigCodes.UnsetVariable, at, $"`{path}` uses the environment variable {name}, which is not set. Set it (in GitHub Actions: `env:` of the step or job) or give a default: `${{{name}:-value}}`.");
                failed = true;
            }

            i = close + 1;
        }

        if (failed)
        {
            scalar.Reported = true;
        }
        else
        {
            scalar.Value = result.ToString();
        }
    }

    /// <summary>Where the n-th <c>${</c> of the value is in the file; the value's start when the source spells it otherwise.</summary>
    private SourcePosition PositionOf(YamlScalar scalar, int occurrence)
    {
        var text = source.Text;
        var end = (int)Math.Min(scalar.EndIndex, text.Length);
        var seen = 0;
        for (var i = (int)scalar.StartIndex; i < end - 1; i++)
        {
            if (text[i] == '$' && text[i + 1] == '$' && i + 2 < end && text[i + 2] == '{')
            {
                i += 2;
            }
            else if (text[i] == '$' && text[i + 1] == '{' && seen++ == occurrence)
            {
                return source.PositionAt(i);
            }
        }

        return scalar.Start;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
