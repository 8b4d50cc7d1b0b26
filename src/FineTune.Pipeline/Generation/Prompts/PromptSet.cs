using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Generation.Prompts;

/// <summary>The prompts of a prompts file in file order, with what was wrong with its lines.</summary>
public sealed record PromptSet(IReadOnlyList<GenerationPrompt> Prompts, IReadOnlyList<Diagnostic> Diagnostics, string Sha256)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
