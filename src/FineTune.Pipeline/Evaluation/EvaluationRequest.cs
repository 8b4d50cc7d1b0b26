using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Evaluation;

/// <summary>What a front door (the <c>evaluate</c> target, a test) passes to <see cref="EvaluationPipeline"/> besides the settings.</summary>
public sealed record EvaluationRequest
{
    /// <summary><c>--model</c>: the candidate, winning over <c>evaluate.model</c>.</summary>
    public string? CandidateModel { get; init; }

    /// <summary>Environment for API keys and <c>OPENAI_BASE_URL</c>; null: the process environment.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Folder for evaluation-items.jsonl and evaluation-junit.xml; null: write nothing.</summary>
    public string? ReportDirectory { get; init; }

    /// <summary>Numbered eval lines when there is no <c>data.eval</c> (the deterministic split of train).</summary>
    public Func<IEnumerable<(int Line, string Text)>>? SplitEvalLines { get; init; }

    public IProgress<EvaluationProgress>? Progress { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Creates the raw model for an id and endpoint; null: <see cref="OpenAIChatModel"/>. Tests and the local LoRA model plug in here.</summary>
    public Func<string, Uri, string, IChatModel>? ModelFactory { get; init; }

    /// <summary>Token counter for the cost estimate; null: the settings' tiktoken encoding.</summary>
    public Func<string, int>? CountTokens { get; init; }

    /// <summary>
    /// The LoRA backend that runs local models (<c>provider: lora</c>, adapter folders) in-process; null: found by
    /// <see cref="LoraBackendLoader.TryLoad"/>, and only when a model is local.
    /// </summary>
    public Func<ILoraBackend?>? LoraBackend { get; init; }
}
