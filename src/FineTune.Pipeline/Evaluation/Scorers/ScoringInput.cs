using FineTune.Pipeline.Evaluation.Items;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>What a scorer sees: the item (prompt, reference), the model's answer and the repeat index.</summary>
public sealed record ScoringInput(EvalItem Item, string Answer, int Repeat = 0);
