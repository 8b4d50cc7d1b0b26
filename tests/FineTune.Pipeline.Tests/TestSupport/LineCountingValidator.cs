using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.TestSupport;

/// <summary>
/// A stand-in for the data seam in front-end tests: every non-blank line is an example of 100
/// tokens; a line containing "BAD" is an error FT1002 on that line.
/// </summary>
internal static class LineCountingValidator
{
    public const int TokensPerExample = 100;

    public static ValidationOutcome Validate(PipelineSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var train = Summarize("train", settings.TrainPath, settings.Config.Data.Train, diagnostics);
        var eval = settings.EvalPath is null ? null : Summarize("eval", settings.EvalPath, settings.Config.Data.Eval!, diagnostics);
        return new ValidationOutcome { Train = train, Eval = eval, Diagnostics = diagnostics };
    }

    private static DatasetSummary Summarize(string role, string path, string display, List<Diagnostic> diagnostics)
    {
        var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        var examples = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains("BAD", StringComparison.Ordinal))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "FT1002", display, i + 1, 1, "line is not valid JSON"));
            }
            else if (lines[i].Trim().Length > 0)
            {
                examples++;
            }
        }

        long tokens = examples * TokensPerExample;
        return new DatasetSummary
        {
            Role = role,
            Path = display,
            Sha256 = new string('0', 64),
            Examples = examples,
            Tokens = new TokenTotals { Total = tokens, Billing = tokens, Assistant = tokens / 4 },
            TokenHistogram = examples == 0 ? [] : [new HistogramBucket(128, examples)],
        };
    }
}
