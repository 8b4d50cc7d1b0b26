using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Generation.Prompts;

/// <summary>
/// One prompt for the teacher: the conversation up to (not including) the answer it must write.
/// </summary>
/// <param name="Id">The line's <c>id</c>, else the first 16 hex digits of <paramref name="Hash"/>: the key of its answers in the output.</param>
/// <param name="Messages">System, user and earlier assistant turns; the last one is the user's.</param>
/// <param name="Hash">SHA-256 of the messages (<see cref="PromptHash"/>): an answer line carries the same messages, so it names its prompt.</param>
/// <param name="Line">1-based line in the prompts file.</param>
public sealed record GenerationPrompt(string Id, IReadOnlyList<ChatMessage> Messages, string Hash, int Line);
