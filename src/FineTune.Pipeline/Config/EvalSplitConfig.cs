using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>The hash split used when <c>data.eval</c> is absent: adding examples never moves existing ones.</summary>
public sealed record EvalSplitConfig
{
    /// <summary>Fraction of examples that go to eval, in (0, 0.5].</summary>
    [Range(0.0, 0.5, MinimumIsExclusive = true)]
    public double Fraction { get; init; } = 0.1;

    /// <summary>Salt mixed into each example's hash; change it to draw a different split.</summary>
    [MinLength(1)]
    public string Seed { get; init; } = "finetune";
}
