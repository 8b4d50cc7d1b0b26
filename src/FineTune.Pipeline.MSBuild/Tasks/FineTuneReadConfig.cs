using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.MSBuild.Results;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// Loads finetune.yaml (cheap: no dataset is read) and tells MSBuild which files the validation depends
/// on, so the validation target can be incremental. Only configuration errors are logged here; warnings
/// are reported once, by <see cref="FineTuneValidateData"/>, when the validation actually runs.
/// </summary>
public sealed class FineTuneReadConfig : PipelineTask
{
    /// <summary>Path of finetune.yaml (relative to the project folder or full).</summary>
    [Required]
    public string ConfigFile { get; set; } = string.Empty;

    /// <summary>
    /// The results file of the validation target: removed when it belongs to another configuration file
    /// (FineTuneConfig changed), so that the incremental target cannot mistake it for up to date.
    /// </summary>
    public string? ResultsFile { get; set; }

    /// <summary>The datasets the configuration names, full paths, with metadata <c>Role</c> = train|eval.</summary>
    [Output]
    public ITaskItem[] Datasets { get; private set; } = [];

    /// <summary>Full path of the report folder configured in <c>reports.dir</c> (relative to the yaml).</summary>
    [Output]
    public string ReportDirectory { get; private set; } = string.Empty;

    /// <summary>The base model after catalog resolution.</summary>
    [Output]
    public string Model { get; private set; } = string.Empty;

    /// <summary>The tokenizer encoding after catalog resolution.</summary>
    [Output]
    public string Encoding { get; private set; } = string.Empty;

    protected override void ExecuteCore()
    {
        var configPath = FullPath(ConfigFile);
        var loaded = ConfigLoader.Load(configPath);
        if (!loaded.Succeeded || loaded.Config is null)
        {
            var errors = loaded.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            if (errors.Count == 0)
            {
                errors.Add(new Diagnostic(Severity.Error, TaskCodes.InternalError, configPath, 0, 0, "the configuration loader returned no configuration and no error; this is a bug."));
            }

            CreateLogger(configPath).LogAll(errors);
            return;
        }

        if (!string.IsNullOrEmpty(ResultsFile))
        {
            ResultsStore.ForgetUnlessFor(FullPath(ResultsFile), configPath);
        }

        var settings = PipelineSettings.Resolve(loaded.Config);
        var datasets = new List<ITaskItem> { Dataset(settings.TrainPath, "train") };
        if (settings.EvalPath is not null)
        {
            datasets.Add(Dataset(settings.EvalPath, "eval"));
        }

        Datasets = [.. datasets];
        ReportDirectory = Path.GetFullPath(loaded.Config.Reports.Dir, loaded.Config.BaseDirectory);
        Model = settings.Model.Id;
        Encoding = settings.Encoding;
    }

    private static TaskItem Dataset(string path, string role)
    {
        var item = new TaskItem(path);
        item.SetMetadata("Role", role);
        return item;
    }
}
