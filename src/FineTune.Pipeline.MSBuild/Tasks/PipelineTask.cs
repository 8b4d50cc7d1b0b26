using FineTune.Pipeline.MSBuild.Logging;
using Microsoft.Build.Framework;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// Base of the in-process tasks: <see cref="Execute"/> never throws, turns an unexpected exception into
/// one FT9502 error (stack trace only in the detailed log), honours cancellation, and returns
/// <c>!Log.HasLoggedErrors</c> (which also counts warnings promoted by <c>-warnaserror</c>).
/// </summary>
public abstract class PipelineTask : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private CancellationTokenSource? _cancellation;

    /// <summary>Folder that diagnostic paths are shown relative to; default: the current directory (MSBuild sets it to the project's).</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>Print full paths in diagnostics instead of paths relative to the project.</summary>
    public bool FullPaths { get; set; }

    protected CancellationToken CancellationToken => _cancellation?.Token ?? CancellationToken.None;

    protected string ProjectFolder => string.IsNullOrEmpty(ProjectDirectory) ? Directory.GetCurrentDirectory() : ProjectDirectory;

    public void Cancel()
    {
        try
        {
            Volatile.Read(ref _cancellation)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Execute already returned.
        }
    }

    public sealed override bool Execute()
    {
        using var cancellation = new CancellationTokenSource();
        Volatile.Write(ref _cancellation, cancellation);
        try
        {
            ExecuteCore();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Log.LogMessage(MessageImportance.High, "{0}: cancelled.", GetType().Name);
            return false;
        }
        catch (Exception ex)
        {
            Log.LogError(null, TaskCodes.InternalError, null, null, 0, 0, 0, 0,
                "{0} failed unexpectedly: {1}: {2} This is a bug in FineTune.Pipeline; rerun with -v:diag for the stack trace and report it.",
                GetType().Name, ex.GetType().Name, ex.Message);
            Log.LogMessage(MessageImportance.Low, "{0}", ex.ToString());
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The task's work. Bad user input is logged as diagnostics, never thrown.</summary>
    protected abstract void ExecuteCore();

    /// <summary>A logger that maps core diagnostics to MSBuild events, with paths relative to the project.</summary>
    private protected DiagnosticLogger CreateLogger(string configFile)
    {
        var configDirectory = Path.GetDirectoryName(Path.GetFullPath(configFile, ProjectFolder)) ?? ProjectFolder;
        return new DiagnosticLogger(Log, new DiagnosticPaths(ProjectFolder, configDirectory, FullPaths));
    }

    protected string FullPath(string path) => Path.GetFullPath(path, ProjectFolder);
}
