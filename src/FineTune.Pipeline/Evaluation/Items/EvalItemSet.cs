using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Evaluation.Items;

/// <summary>The items read from the eval set and the lines that could not become items.</summary>
public sealed record EvalItemSet(IReadOnlyList<EvalItem> Items, IReadOnlyList<Diagnostic> Diagnostics);
