namespace FineTune.Pipeline.Diagnostics;

/// <summary>How serious a finding is. <see cref="Off"/> only appears in configuration, never on a diagnostic.</summary>
public enum Severity
{
    Off = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
