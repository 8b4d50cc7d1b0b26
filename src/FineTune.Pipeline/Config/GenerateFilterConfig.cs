using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary><c>generate.filter</c>: the evaluation's LLM judge grades each teacher answer 1–5; answers below <see cref="MinScore"/> are dropped.</summary>
public sealed record GenerateFilterConfig
{
    /// <summary>The judge; null: <c>evaluate.judge.model</c> (or <c>evaluate.judge_model</c>). Prefer another family than the teacher.</summary>
    public string? Model { get; init; }

    /// <summary>Endpoint of the judge; null: the teacher's.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Environment variable holding the judge endpoint's key; null: the teacher's.</summary>
    [RegularExpression("^[A-Za-z_][A-Za-z0-9_]*$", ErrorMessage = "the name of an environment variable (letters, digits and _), such as OPENAI_API_KEY")]
    public string? ApiKeyEnv { get; init; }

    /// <summary>What a good answer is, graded 1–5; null: the built-in rubric (correct, complete, follows the instructions).</summary>
    public string? Rubric { get; init; }

    /// <summary>Lowest grade kept (1–5).</summary>
    [Range(1, 5)]
    public int MinScore { get; init; } = 4;

    /// <summary>Sampling temperature of the judge (0: its most likely grade).</summary>
    [Range(0.0, 2.0)]
    public double Temperature { get; init; }

    /// <summary>Longest judge reply in tokens (reasoning and grade); also its bound in the cost estimate.</summary>
    [Range(1, 100_000)]
    public int MaxTokens { get; init; } = 600;

    /// <summary>Seed sent with each judge request.</summary>
    public int? Seed { get; init; } = 0;
}
