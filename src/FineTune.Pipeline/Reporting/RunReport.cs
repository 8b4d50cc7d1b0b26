using System.Text.Json.Serialization;
using FineTune.Pipeline.Compare;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// Everything a run found, in the shape of report.json (snake_case keys, see DESIGN.md). The
/// same object feeds summary.md, the GitHub job summary and outputs, and junit.xml.
/// Paths are relative to the folder of finetune.yaml.
/// </summary>
public sealed record RunReport
{
    /// <summary><c>pass</c>, <c>fail</c> or <c>error</c>.</summary>
    public required string Verdict { get; init; }

    public required int ExitCode { get; init; }

    /// <summary>The target asked for (<c>validate</c>, <c>cost</c>, <c>all</c>).</summary>
    public required string Target { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>finetune.yaml, relative to the working directory.</summary>
    public required string Config { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required IReadOnlyList<TaskReport> Tasks { get; init; }

    public required DatasetsReport Datasets { get; init; }

    /// <summary>Null when the cost task did not run.</summary>
    public CostEstimate? Cost { get; init; }

    /// <summary>Null unless train produced (or reused) a model.</summary>
    public TrainingReport? Training { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>What the generate stage did; absent unless it ran past its checks.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FineTune.Pipeline.Generation.GenerationOutcome? Generation { get; init; }

    /// <summary>Null unless <c>--compare</c> was given and the comparison ran.</summary>
    public CompareResult? Compare { get; init; }

    /// <summary>The evaluation's <c>evaluation</c> object; absent unless the evaluate task reached a verdict.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public System.Text.Json.Nodes.JsonObject? Evaluation => EvaluationOutcome is null ? null : FineTune.Pipeline.Evaluation.Reporting.EvaluationJson.Build(EvaluationOutcome);

    /// <summary>The full evaluation outcome, for summary.md and the per-item files.</summary>
    [JsonIgnore]
    public FineTune.Pipeline.Evaluation.EvaluationOutcome? EvaluationOutcome { get; init; }

    /// <summary>Which task reported which diagnostics (<c>config</c> for loading finetune.yaml); for junit.xml.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> DiagnosticsByTask { get; init; } = new Dictionary<string, IReadOnlyList<Diagnostic>>();

    [JsonIgnore]
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    [JsonIgnore]
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
