using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>Where reports are written.</summary>
public sealed record ReportsConfig
{
    /// <summary>Report folder (report.json, summary.md), relative to finetune.yaml; <c>--report-dir</c> wins over it.</summary>
    [MinLength(1)]
    public string Dir { get; init; } = "artifacts/finetune";
}
