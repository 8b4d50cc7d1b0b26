using FineTune.Pipeline.Config;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Tests.Evaluation;

/// <summary>A temporary project folder: eval.jsonl with the capitals questions, and an unrelated train.jsonl.</summary>
internal sealed class EvaluationWorkspace
{
    public EvaluationWorkspace(int items = 12)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ft-eval").FullName;
        File.WriteAllLines(Path.Combine(Directory, "eval.jsonl"), CapitalsEmulator.EvalLines(items));
        File.WriteAllLines(Path.Combine(Directory, "train.jsonl"), Enumerable.Range(0, 20).Select(k =>
            $$"""{"messages":[{"role":"user","content":"How do I reset password {{k}}?"},{"role":"assistant","content":"Open settings, choose security, then reset password number {{k}} and confirm by email."}]}"""));
    }

    public string Directory { get; }

    public PipelineSettings Settings(Uri endpoint, string candidate, string baseline = CapitalsEmulator.BaseModel, Func<EvaluateConfig, EvaluateConfig>? adjust = null)
    {
        var evaluate = new EvaluateConfig
        {
            Model = candidate,
            Baseline = baseline,
            Scorers = [new ScorerConfig { Type = "exact_match" }],
            Gate = new EvaluateGateConfig { MinDelta = 0.05, MaxErrorRate = 0.1 },
            Concurrency = 4,
            CacheDir = "cache",
        };
        return PipelineSettings.Resolve(new FineTuneConfig
        {
            BaseDirectory = Directory,
            Data = new DataConfig { Train = "train.jsonl", Eval = "eval.jsonl" },
            OpenAI = new OpenAIConfig { BaseUrl = endpoint.ToString(), ApiKeyEnv = CapitalsEmulator.KeyVariable },
            Evaluate = adjust is null ? evaluate : adjust(evaluate),
        });
    }
}
