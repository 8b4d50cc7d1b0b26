namespace FineTune.Pipeline.Compare;

/// <summary>How two versions of a dataset differ, counted by example.</summary>
public sealed record DeltaCounts(int Added, int Removed, int Changed, int Unchanged);
