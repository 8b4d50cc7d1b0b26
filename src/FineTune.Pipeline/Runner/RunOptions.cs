namespace FineTune.Pipeline.Runner;

/// <summary>What the command line asked for: <c>finetune &lt;target&gt; [options]</c>.</summary>
public sealed record RunOptions
{
    /// <summary>The target task (<c>validate</c>, <c>cost</c>, <c>all</c>); null only with --help or --version.</summary>
    public string? Target { get; init; }

    /// <summary>Path of finetune.yaml, relative to the working directory.</summary>
    public string ConfigPath { get; init; } = "finetune.yaml";

    /// <summary>Report folder; wins over <c>reports.dir</c> in the yaml.</summary>
    public string? ReportDir { get; init; }

    /// <summary>List the tasks that would run, and run none.</summary>
    public bool DryRun { get; init; }

    /// <summary>Run only the target, not its dependencies.</summary>
    public bool Exclusive { get; init; }

    /// <summary>Git ref to compare the datasets with (<c>--compare origin/main</c>).</summary>
    public string? CompareRef { get; init; }

    /// <summary>train: create a new job even when one exists for the same data and settings (<c>--force-new</c>).</summary>
    public bool ForceNew { get; init; }

    public bool NoColor { get; init; }

    /// <summary>Full exception details for internal errors.</summary>
    public bool Verbose { get; init; }

    public bool ShowHelp { get; init; }

    public bool ShowVersion { get; init; }
}
