using FineTune.Pipeline.Data;

namespace FineTune.Pipeline.Reporting;

/// <summary>The <c>datasets</c> object of report.json.</summary>
public sealed record DatasetsReport(DatasetSummary? Train, DatasetSummary? Eval);
