using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Config;

/// <summary>A loaded configuration, or the reasons it could not be loaded (all of them, with yaml line and column).</summary>
public sealed record ConfigLoadResult(FineTuneConfig? Config, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Config is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
