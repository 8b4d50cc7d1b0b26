namespace FineTune.Pipeline.Runner;

/// <summary>One row of the Task / Duration / Status table.</summary>
public sealed record TaskRecord(string Name, TaskRunStatus Status, TimeSpan Duration);
