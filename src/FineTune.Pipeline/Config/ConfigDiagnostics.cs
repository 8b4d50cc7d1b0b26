using FineTune.Pipeline.Config.Yaml;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Config;

/// <summary>Collects the findings of one load, all located in the same yaml file.</summary>
internal sealed class ConfigDiagnostics(string file)
{
    private readonly DiagnosticBag _bag = new();

    public string File { get; } = file;

    public bool HasErrors => _bag.HasErrors;

    public void Error(string code, SourcePosition at, string message) => Add(Severity.Error, code, at, message);

    public void Warning(string code, SourcePosition at, string message) => Add(Severity.Warning, code, at, message);

    public void Add(Severity severity, string code, SourcePosition at, string message) =>
        _bag.Add(new Diagnostic(severity, code, File, at.Line, at.Column, message));

    public IReadOnlyList<Diagnostic> ToSortedList() => _bag.ToSortedList();
}
