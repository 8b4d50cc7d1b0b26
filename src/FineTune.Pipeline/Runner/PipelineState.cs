using FineTune.Pipeline.Compare;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Runner;

/// <summary>What the tasks of one run share: the settings, what each task produced, and the diagnostics each reported.</summary>
public sealed class PipelineState
{
    private readonly List<(string Task, Diagnostic Diagnostic)> _diagnostics = [];
    private readonly Lock _gate = new();

    public PipelineState(RunOptions options, string configPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configPath);
        Options = options;
        ConfigPath = Path.GetFullPath(configPath);
        ConfigDirectory = Path.GetDirectoryName(ConfigPath)!;
    }

    public RunOptions Options { get; }

    /// <summary>Absolute path of finetune.yaml.</summary>
    public string ConfigPath { get; }

    public string ConfigDirectory { get; }

    /// <summary>finetune.yaml has a <c>generate:</c> section: <c>generate</c> runs before <c>validate</c>.</summary>
    public bool HasGenerateSection { get; init; }

    /// <summary>What the generate task did; null unless it ran past its checks.</summary>
    public Generation.GenerationOutcome? Generation { get; set; }

    /// <summary>Null until the configuration loaded without errors.</summary>
    public PipelineSettings? Settings { get; set; }

    public ValidationOutcome? Validation { get; set; }

    public CostEstimate? Cost { get; set; }

    public CompareResult? Compare { get; set; }

    /// <summary>The model train produced (or reused); null until train succeeded.</summary>
    public Training.TrainingResult? Training { get; set; }

    /// <summary>Absolute report folder, known once the configuration loaded (train keeps its state file there).</summary>
    public string? ReportDirectory { get; set; }

    /// <summary>Where the evaluate task reports its progress (the console); null: nowhere.</summary>
    public IProgress<Evaluation.Execution.EvaluationProgress>? EvaluationProgress { get; set; }

    /// <summary>Null until the evaluate task ran to a verdict.</summary>
    public Evaluation.EvaluationOutcome? Evaluation { get; set; }

    /// <summary>The settings, for tasks that run only after the configuration loaded.</summary>
    public PipelineSettings RequireSettings()
        => Settings ?? throw new InvalidOperationException("The configuration has not been loaded.");

    /// <summary>Records findings of <paramref name="task"/> (<c>config</c> for loading finetune.yaml).</summary>
    public void Report(string task, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        lock (_gate)
        {
            _diagnostics.AddRange(diagnostics.Where(d => d.Severity != Severity.Off).Select(d => (task, d)));
        }
    }

    public IReadOnlyList<Diagnostic> DiagnosticsOf(string task)
    {
        lock (_gate)
        {
            return [.. _diagnostics.Where(p => p.Task == task).Select(p => p.Diagnostic)];
        }
    }

    /// <summary>Every finding, in the order reported, with the task that reported it.</summary>
    public IReadOnlyList<(string Task, Diagnostic Diagnostic)> AllDiagnostics()
    {
        lock (_gate)
        {
            return [.. _diagnostics];
        }
    }
}
