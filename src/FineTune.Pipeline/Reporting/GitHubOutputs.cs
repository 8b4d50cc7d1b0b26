using System.Globalization;
using System.Text;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// Step outputs appended to <c>$GITHUB_OUTPUT</c>: <c>verdict</c>, <c>examples</c>,
/// <c>billing-tokens</c>, <c>estimated-usd</c>, <c>report-dir</c>, and <c>model-id</c> after train. Multi-line values use a heredoc
/// with a random delimiter, as GitHub documents.
/// </summary>
public static class GitHubOutputs
{
    public static IReadOnlyList<(string Name, string Value)> From(RunReport report, string reportDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        List<(string Name, string Value)> outputs =
        [
            ("verdict", report.Verdict),
            ("examples", (report.Datasets.Train?.Examples ?? 0).ToString(CultureInfo.InvariantCulture)),
            ("billing-tokens", (report.Datasets.Train?.Tokens.Billing ?? 0).ToString(CultureInfo.InvariantCulture)),
            ("estimated-usd", report.Cost is { } cost ? Math.Round(cost.EstimatedUsd, 4).ToString(CultureInfo.InvariantCulture) : string.Empty),
            ("report-dir", reportDirectory),
        ];
        if (report.Training is { } training)
        {
            outputs.Add(("model-id", training.ModelId));
        }

        return outputs;
    }

    public static string Format(IEnumerable<(string Name, string Value)> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var builder = new StringBuilder();
        foreach (var (name, value) in outputs)
        {
            if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
            {
                var delimiter = "ghadelimiter_" + Guid.NewGuid().ToString("N");
                builder.Append(name).Append("<<").Append(delimiter).Append('\n').Append(value).Append('\n').Append(delimiter).Append('\n');
            }
            else
            {
                builder.Append(name).Append('=').Append(value).Append('\n');
            }
        }

        return builder.ToString();
    }
}
