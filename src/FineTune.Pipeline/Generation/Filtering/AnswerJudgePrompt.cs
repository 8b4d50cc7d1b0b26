using System.Text;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Generation.Filtering;

/// <summary>
/// The judge's prompt for a teacher answer. There is no reference answer to compare with (the teacher writes
/// the reference), so the rubric grades the answer on its own; the output format is the evaluation judge's
/// (reasoning first, then exactly one <c>Score: N</c> line), parsed by the same strict parser.
/// </summary>
public static class AnswerJudgePrompt
{
    public const string DefaultRubric =
        """
        5 = correct, complete and follows every instruction of the conversation; a model should learn to answer exactly like this.
        4 = correct and helpful, with a minor flaw in completeness, tone or format.
        3 = partly correct or partly follows the instructions; something a user needs is missing or wrong.
        2 = mostly wrong, evasive or ignores the instructions.
        1 = wrong, harmful, or refuses without reason.
        """;

    public static IReadOnlyList<ChatMessage> Build(IReadOnlyList<ChatMessage> conversation, string answer, string? rubric)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(answer);
        var system =
            $"""
            You are a strict grader of training data. Grade the ANSWER to the conversation, using this rubric:
            {(rubric ?? DefaultRubric).Trim()}

            Length and style earn no points on their own. Reply in exactly this format:
            Reasoning: <two to five sentences>
            Score: <one integer from 1 to 5>
            """;
        var user = new StringBuilder()
            .AppendLine("CONVERSATION:").AppendLine(string.Join("\n", conversation.Select(m => $"[{m.Role}] {m.Content}"))).AppendLine()
            .AppendLine("ANSWER:").Append(answer)
            .ToString();
        return [ChatMessage.System(system), ChatMessage.User(user)];
    }
}
