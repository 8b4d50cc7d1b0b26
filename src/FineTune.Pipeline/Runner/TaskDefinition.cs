namespace FineTune.Pipeline.Runner;

/// <summary>
/// One node of the task graph, in Cake's manner: a name, the tasks that must run first, and the
/// work. A task without an action only groups its dependencies (like <c>all</c>).
/// </summary>
/// <param name="Name">Unique, case-insensitive name; also the target name on the command line.</param>
/// <param name="DependsOn">Tasks that run before this one, in this order.</param>
/// <param name="Action">The work; null for a task that only groups its dependencies.</param>
/// <param name="Description">One line for <c>--help</c> and dry runs.</param>
public sealed record TaskDefinition(
    string Name,
    IReadOnlyList<string> DependsOn,
    Func<CancellationToken, Task<TaskOutcome>>? Action,
    string Description = "");
