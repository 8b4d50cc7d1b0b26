using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>
/// <c>generate:</c> in finetune.yaml: distillation. A teacher model answers every prompt of <see cref="Prompts"/>
/// and the answers become training examples in <see cref="Output"/> (by default <c>data.train</c>), before
/// validation. The output is append-only and keyed by prompt id, so a cancelled run resumes where it stopped.
/// </summary>
public sealed record GenerateConfig
{
    /// <summary>The teacher: a chat model id served by the OpenAI-compatible endpoint (<c>openai.base_url</c> unless <c>base_url</c> is set).</summary>
    public string? Teacher { get; init; }

    /// <summary>Endpoint of the teacher; null: <c>openai.base_url</c>, else <c>OPENAI_BASE_URL</c>, else api.openai.com.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Environment variable holding the teacher endpoint's key; null: <c>openai.api_key_env</c>.</summary>
    [RegularExpression("^[A-Za-z_][A-Za-z0-9_]*$", ErrorMessage = "the name of an environment variable (letters, digits and _), such as OPENAI_API_KEY")]
    public string? ApiKeyEnv { get; init; }

    /// <summary>Prompts JSONL, relative to the yaml: <c>{"messages": [...]}</c> without the final assistant turn, or <c>{"id": "...", "prompt": "..."}</c>.</summary>
    public string? Prompts { get; init; }

    /// <summary>System prompt put before every plain <c>prompt</c> line (not before <c>messages</c> lines).</summary>
    public string? System { get; init; }

    /// <summary>Training JSONL the answers are appended to; default: <c>data.train</c>.</summary>
    public string? Output { get; init; }

    /// <summary>Answers asked per prompt (candidate k is sampled with seed + k).</summary>
    [Range(1, 16)]
    public int N { get; init; } = 1;

    /// <summary>Which candidates become training examples: <c>all</c> (each kept one) or <c>best</c> (the judge's highest, needs <c>filter</c>).</summary>
    [AllowedValues("all", "best")]
    public string Select { get; init; } = "all";

    /// <summary>Sampling temperature of the teacher.</summary>
    [Range(0.0, 2.0)]
    public double Temperature { get; init; }

    /// <summary>Longest answer in tokens; also the upper bound of the cost estimate. Answers cut off at it are dropped.</summary>
    [Range(1, 1_000_000)]
    public int MaxTokens { get; init; } = 1024;

    /// <summary>Nucleus sampling of the teacher; null: the endpoint's default.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double? TopP { get; init; }

    /// <summary>Seed sent with each request (best-effort determinism); candidate k uses seed + k.</summary>
    public int? Seed { get; init; } = 0;

    /// <summary>Requests in flight at once, teacher and judge together.</summary>
    [Range(1, 64)]
    public int Concurrency { get; init; } = 4;

    /// <summary>The run refuses to send anything when the estimate (max_tokens per answer) exceeds this.</summary>
    [Range(0.0, double.MaxValue)]
    public decimal? BudgetUsd { get; init; }

    /// <summary>Inference prices per model id (USD per 1M tokens); wins over <c>evaluate.prices</c> and the built-in list.</summary>
    public IReadOnlyDictionary<string, ModelPriceConfig> Prices { get; init; } = new Dictionary<string, ModelPriceConfig>(StringComparer.Ordinal);

    /// <summary>Response cache folder, relative to the yaml.</summary>
    public string CacheDir { get; init; } = ".finetune/cache/generate";

    /// <summary>Retries per request on 429, 5xx and timeouts.</summary>
    [Range(0, 100)]
    public int MaxRetries { get; init; } = 6;

    /// <summary>Per-request timeout in seconds.</summary>
    [Range(1.0, 3600.0)]
    public double RequestTimeoutSeconds { get; init; } = 120;

    /// <summary>Longest wait honoured from a Retry-After header, in seconds.</summary>
    [Range(0.0, 3600.0)]
    public double MaxRetryAfterSeconds { get; init; } = 60;

    /// <summary>Prompts whose requests may fail for good (after retries) before the stage fails; past it, the run stops sending.</summary>
    [Range(0, int.MaxValue)]
    public int MaxFailures { get; init; }

    /// <summary>Remove output lines that answer no prompt of the prompts file (removed prompts, hand-written lines).</summary>
    public bool Prune { get; init; }

    /// <summary>Keep a teacher answer only when an LLM judge grades it at least <c>min_score</c>.</summary>
    public GenerateFilterConfig? Filter { get; init; }
}
