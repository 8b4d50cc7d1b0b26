using System.Text;
using FineTune.Pipeline.Evaluation.Items;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>
/// The judge's prompts: an anchored rubric, the conversation, the reference answer, and a fixed
/// output format that puts the reasoning before the verdict (a verdict written first is a guess).
/// </summary>
public static class JudgePrompts
{
    public const string DefaultRubric =
        """
        5 = correct and complete: says everything the reference says that matters, nothing false.
        4 = correct, with a minor omission or imprecision that would not mislead the user.
        3 = partly correct: the main point is there, but something important is missing or wrong.
        2 = mostly wrong or unhelpful, with some relevant content.
        1 = wrong, irrelevant, or refuses without reason.
        """;

    public static IReadOnlyList<ChatMessage> Pointwise(EvalItem item, string answer, string? rubric)
    {
        ArgumentNullException.ThrowIfNull(item);
        var system =
            $"""
            You are a strict grader. Grade the ANSWER to the conversation against the REFERENCE answer, using this rubric:
            {(rubric ?? DefaultRubric).Trim()}

            Length and style do not earn points; only correctness and completeness with respect to the reference do.
            Reply in exactly this format:
            Reasoning: <two to five sentences comparing the answer with the reference>
            Score: <one integer from 1 to 5>
            """;
        var user = new StringBuilder()
            .AppendLine("CONVERSATION:").AppendLine(Transcript(item))
            .AppendLine("REFERENCE:").AppendLine(item.Reference).AppendLine()
            .AppendLine("ANSWER:").Append(answer)
            .ToString();
        return [ChatMessage.System(system), ChatMessage.User(user)];
    }

    public static IReadOnlyList<ChatMessage> Pairwise(EvalItem item, string answerA, string answerB, string? rubric)
    {
        ArgumentNullException.ThrowIfNull(item);
        var system =
            $"""
            You compare two answers to the same conversation against a REFERENCE answer. Judge correctness and completeness
            with respect to the reference{(rubric is null ? string.Empty : $" and this rubric:\n{rubric.Trim()}")}.
            The order of the answers says nothing about their quality, and a longer answer is not a better one.
            Reply in exactly this format:
            Reasoning: <two to five sentences comparing both answers with the reference>
            Winner: <A, B or tie>
            """;
        var user = new StringBuilder()
            .AppendLine("CONVERSATION:").AppendLine(Transcript(item))
            .AppendLine("REFERENCE:").AppendLine(item.Reference).AppendLine()
            .AppendLine("ANSWER A:").AppendLine(answerA).AppendLine()
            .AppendLine("ANSWER B:").Append(answerB)
            .ToString();
        return [ChatMessage.System(system), ChatMessage.User(user)];
    }

    private static string Transcript(EvalItem item)
        => string.Join("\n", item.Prompt.Select(m => $"[{m.Role}] {m.Content}"));
}
