using FineTune.Pipeline.MSBuild.Tests.EndToEnd;
using FineTune.Pipeline.MSBuild.Tests.Fakes;

namespace FineTune.Pipeline.MSBuild.Tests.Tasks;

/// <summary>A project folder with finetune.yaml and data for the task tests (no build involved).</summary>
internal static class TaskSamples
{
    public static TempDirectory Project(string? train = null, decimal budgetUsd = 5m, decimal? warnUsd = null, string configFolder = "")
    {
        var dir = new TempDirectory();
        dir.Write(Path.Combine(configFolder, "finetune.yaml"), SampleConfig.Yaml(budgetUsd, warnUsd));
        dir.Write(Path.Combine(configFolder, "data/train.jsonl"), train ?? SampleData.Valid(12));
        dir.Write(Path.Combine(configFolder, "data/eval.jsonl"), SampleData.Eval());
        return dir;
    }
}
