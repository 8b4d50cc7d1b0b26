namespace FineTune.Pipeline.Config;

/// <summary>One entry of <c>evaluate.scorers</c>. Which fields apply depends on <see cref="Type"/>.</summary>
public sealed record ScorerConfig
{
    /// <summary>
    /// <c>exact_match</c>, <c>contains</c>, <c>not_contains</c>, <c>regex</c>, <c>json_valid</c>, <c>json_equal</c>, <c>json_schema</c>,
    /// <c>rouge_l</c>, <c>token_f1</c>, <c>edit_similarity</c>, <c>judge</c>, <c>pairwise_judge</c>.
    /// </summary>
    public string Type { get; init; } = "exact_match";

    /// <summary>Name used by <c>gate.metric</c> and in reports; default: the type.</summary>
    public string? Name { get; init; }

    /// <summary>Weight in the combined <c>score</c>; 0 keeps the scorer out of it (reported only).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>For <c>contains</c>/<c>not_contains</c>: the texts to look for; empty means the reference.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>For <c>regex</c>: the pattern (.NET syntax) the answer must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>For <c>json_schema</c>: path of the JSON Schema file, relative to the yaml.</summary>
    public string? Schema { get; init; }

    public bool IgnoreCase { get; init; }

    public bool IgnoreWhitespace { get; init; } = true;

    public bool IgnorePunctuation { get; init; }

    /// <summary>For <c>judge</c>: the rubric; null uses the built-in anchored 1–5 rubric.</summary>
    public string? Rubric { get; init; }
}
