namespace FineTune.Pipeline.Diagnostics;

/// <summary>A thread-safe, append-only collection of diagnostics with counts by severity.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Severity == Severity.Off)
        {
            return;
        }

        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public int ErrorCount => Count(Severity.Error);

    public int WarningCount => Count(Severity.Warning);

    public bool HasErrors => ErrorCount > 0;

    public int Count(Severity severity)
    {
        lock (_gate)
        {
            return _items.Count(d => d.Severity == severity);
        }
    }

    /// <summary>A snapshot sorted by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return [.. _items
                .OrderBy(d => d.File ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)];
        }
    }
}
