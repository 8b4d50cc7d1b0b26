namespace FineTune.Pipeline.Config;

public sealed record ReportsConfig
{
    /// <summary>Report folder (report.json, summary.md); <c>--report-dir</c> wins over it.</summary>
    public string Dir { get; init; } = "artifacts/finetune";
}
