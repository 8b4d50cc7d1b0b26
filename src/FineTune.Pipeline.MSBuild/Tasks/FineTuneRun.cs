using FineTune.Pipeline.MSBuild.Tool;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// Runs a target of the <c>finetune</c> tool out of process (training is long-running and native: it
/// must not live in the MSBuild node). The tool's canonical <c>file(l,c): error FTxxxx: msg</c> lines become
/// real MSBuild errors and warnings; the report it writes gives the results back as outputs.
/// </summary>
public sealed class FineTuneRun : ToolTask
{
    private readonly Queue<string> _lastLines = new();
    private ToolCommand? _command;
    private DateTime _startedUtc;

    /// <summary>The tool target: <c>generate</c>, <c>validate</c>, <c>cost</c>, <c>train</c>, <c>evaluate</c> or <c>all</c>.</summary>
    [Required]
    public string Target { get; set; } = string.Empty;

    [Required]
    public string ConfigFile { get; set; } = string.Empty;

    /// <summary>Passed as <c>--report-dir</c>; report.json there is read back into the outputs.</summary>
    public string? ReportDirectory { get; set; }

    /// <summary>Full or project-relative path of the <c>finetune</c> executable, or of finetune.dll.</summary>
    public string? ToolFile { get; set; }

    /// <summary>A command line that starts the tool, e.g. <c>dotnet tool run finetune</c>.</summary>
    public string? ToolCommandLine { get; set; }

    /// <summary>More arguments for the tool, appended as written (e.g. <c>--exclusive</c>).</summary>
    public string? Arguments { get; set; }

    /// <summary>Working folder of the tool; relative paths in its output are relative to it. Default: the project folder.</summary>
    public string? ProjectDirectory { get; set; }

    [Output]
    public string Verdict { get; private set; } = string.Empty;

    [Output]
    public string EstimatedUsd { get; private set; } = string.Empty;

    [Output]
    public string ModelId { get; private set; } = string.Empty;

    protected override string ToolName => ToolCommand.ToolName;

    private string WorkingFolder => string.IsNullOrEmpty(ProjectDirectory) ? Directory.GetCurrentDirectory() : ProjectDirectory;

    public override bool Execute()
    {
        try
        {
            _command = ToolCommand.Resolve(ToolFile, ToolCommandLine, ToolEnvironment.FromProcess(WorkingFolder));
            EnvironmentVariables = ToolRunEnvironment.WithDefaults(EnvironmentVariables);
            _startedUtc = DateTime.UtcNow;
            var succeeded = base.Execute();
            ReadReport();
            return succeeded && !Log.HasLoggedErrors;
        }
        catch (ToolNotFoundException ex)
        {
            Log.LogError(null, TaskCodes.ToolNotFound, null, null, 0, 0, 0, 0,
                "cannot start the finetune tool: {0} Install it (dotnet tool install FineTune.Pipeline.Tool), or set FineTuneToolPath or FineTuneToolCommand.", ex.Message);
            return false;
        }
        catch (Exception ex)
        {
            Log.LogError(null, TaskCodes.InternalError, null, null, 0, 0, 0, 0,
                "FineTuneRun failed unexpectedly: {0}: {1} This is a bug in FineTune.Pipeline; rerun with -v:diag for the stack trace and report it.", ex.GetType().Name, ex.Message);
            Log.LogMessage(MessageImportance.Low, "{0}", ex.ToString());
            return false;
        }
    }

    protected override string GenerateFullPathToTool() => _command?.Executable ?? ToolName;

    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder();
        foreach (var argument in _command?.PrefixArguments ?? [])
        {
            builder.AppendFileNameIfNotNull(argument);
        }

        builder.AppendTextUnquoted(" " + Target);
        builder.AppendSwitchIfNotNull("--config ", Path.GetFullPath(ConfigFile, WorkingFolder));
        if (!string.IsNullOrEmpty(ReportDirectory))
        {
            builder.AppendSwitchIfNotNull("--report-dir ", Path.GetFullPath(ReportDirectory, WorkingFolder));
        }

        if (!string.IsNullOrWhiteSpace(Arguments))
        {
            builder.AppendTextUnquoted(" " + Arguments);
        }

        return builder.ToString();
    }

    protected override string? GetWorkingDirectory() => WorkingFolder;

    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        _lastLines.Enqueue(singleLine);
        while (_lastLines.Count > 5)
        {
            _lastLines.Dequeue();
        }

        base.LogEventsFromTextOutput(singleLine, messageImportance);
    }

    protected override bool HandleTaskExecutionErrors()
    {
        if (Log.HasLoggedErrors)
        {
            return false;
        }

        Log.LogError(null, TaskCodes.ToolFailed, null, null, 0, 0, 0, 0,
            "'finetune {0}' exited with code {1} ({2}) without reporting an error.{3}",
            Target, ExitCode, ToolRunEnvironment.ExitCodeMeaning(ExitCode), ToolRunEnvironment.Tail(_lastLines));
        return false;
    }

    private void ReadReport()
    {
        if (string.IsNullOrEmpty(ReportDirectory))
        {
            return;
        }

        var report = ToolReport.TryRead(Path.Combine(Path.GetFullPath(ReportDirectory, WorkingFolder), "report.json"), _startedUtc);
        if (report is null)
        {
            return;
        }

        Verdict = report.Verdict;
        EstimatedUsd = report.EstimatedUsd;
        ModelId = report.ModelId;
    }
}
