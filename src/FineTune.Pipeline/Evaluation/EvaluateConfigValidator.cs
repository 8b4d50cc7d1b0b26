using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Evaluation.Scorers;

namespace FineTune.Pipeline.Evaluation;

/// <summary>Checks the <c>evaluate:</c> section once, before anything runs, and reports every problem together.</summary>
public static class EvaluateConfigValidator
{
    public static IReadOnlyList<Diagnostic> Validate(EvaluateConfig config, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var diagnostics = new List<Diagnostic>();
        file ??= "finetune.yaml";
        void Error(string code, string message) => diagnostics.Add(new Diagnostic(Severity.Error, code, file, 0, 0, message));
        var gate = config.Gate;

        if (gate.Confidence is <= 0.5 or >= 1 || (gate.Confidence is { } level && double.IsNaN(level)))
        {
            Error(EvaluationCodes.InvalidSetting, $"evaluate.gate.confidence is {gate.Confidence}; use a level between 0.5 and 1, e.g. 0.95.");
        }

        if (gate.MaxErrorRate is < 0 or > 1 || double.IsNaN(gate.MaxErrorRate))
        {
            Error(EvaluationCodes.InvalidSetting, $"evaluate.gate.max_error_rate is {gate.MaxErrorRate}; use a fraction between 0 and 1, e.g. 0.05.");
        }

        if (gate.MinDelta is not null && gate.MinRelativeImprovement is not null)
        {
            Error(EvaluationCodes.ConflictingMargins, "evaluate.gate sets both min_delta and min_relative_improvement; keep one (min_delta: absolute, e.g. 0.05; min_relative_improvement: a fraction of the baseline mean, e.g. 0.15).");
        }

        if (gate.MinRelativeImprovement is < 0)
        {
            Error(EvaluationCodes.InvalidSetting, $"evaluate.gate.min_relative_improvement is {gate.MinRelativeImprovement}; use 0 or more (0.15 = 15% better than the baseline).");
        }

        if (config.Repeats < 1)
        {
            Error(EvaluationCodes.InvalidSetting, $"evaluate.repeats is {config.Repeats}; use 1 or more.");
        }

        if (config.Concurrency < 1)
        {
            Error(EvaluationCodes.InvalidSetting, $"evaluate.concurrency is {config.Concurrency}; use 1 or more.");
        }

        if (config.Bootstrap.Resamples < 100)
        {
            Error(EvaluationCodes.InvalidSetting, $"evaluate.bootstrap.resamples is {config.Bootstrap.Resamples}; use at least 1000 for a stable interval.");
        }

        if (config.Overfit.SimilarityThreshold is <= 0 or > 1)
        {
            Error(EvaluationCodes.InvalidSetting, $"evaluate.overfit.similarity_threshold is {config.Overfit.SimilarityThreshold}; use a value in (0, 1], e.g. 0.9.");
        }

        var names = config.Scorers.Select(s => s.Name ?? s.Type).ToArray();
        if (gate.Metric == ScorerSet.CombinedMetric)
        {
            if (config.Scorers.Count > 0 && config.Scorers.All(s => s.Weight <= 0))
            {
                Error(EvaluationCodes.UnknownMetric, "evaluate.gate.metric is 'score' (the weighted mean of all scorers) but every scorer has weight 0; give one a positive weight or name a scorer as the metric.");
            }
        }
        else if (!names.Contains(gate.Metric, StringComparer.Ordinal))
        {
            Error(EvaluationCodes.UnknownMetric, $"evaluate.gate.metric '{gate.Metric}' names no scorer; use 'score' or one of: {string.Join(", ", names)}.");
        }

        return diagnostics;
    }
}
