namespace FineTune.Pipeline.Compare;

/// <summary>
/// The identity of one training example without its text: <see cref="Prompt"/> hashes the messages
/// before the final assistant turn (for DPO: the input), <see cref="Answer"/> hashes the rest of the
/// line (final assistant turn, tools, preferred outputs). Same prompt, different answer = changed.
/// </summary>
public readonly record struct ExampleFingerprint(UInt128 Prompt, UInt128 Answer);
