namespace FineTune.Pipeline.Runner;

/// <summary>
/// The tasks and their dependencies (Cake's <c>CakeGraph</c>). <see cref="Validate"/> finds every
/// structural problem before anything runs; <see cref="Plan"/> orders a target's tasks so that
/// dependencies come first, each task once.
/// </summary>
public sealed class TaskGraph
{
    private readonly Dictionary<string, TaskDefinition> _tasks = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _problems = [];

    public TaskGraph(IEnumerable<TaskDefinition> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        foreach (var task in tasks)
        {
            if (!_tasks.TryAdd(task.Name, task))
            {
                _problems.Add($"task '{task.Name}' is defined twice");
            }
        }
    }

    /// <summary>Task names in definition order.</summary>
    public IEnumerable<string> Names => _tasks.Keys;

    public bool Contains(string name) => _tasks.ContainsKey(name);

    /// <summary>Every problem: duplicate names, dependencies on undefined tasks, cycles. Empty when the graph is sound.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>(_problems);
        foreach (var task in _tasks.Values)
        {
            foreach (var dependency in task.DependsOn.Where(d => !_tasks.ContainsKey(d)))
            {
                problems.Add($"task '{task.Name}' depends on '{dependency}', which is not defined");
            }
        }

        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var task in _tasks.Values)
        {
            var cycle = FindCycle(task.Name, state, []);
            if (cycle is not null)
            {
                problems.Add($"tasks depend on each other in a cycle: {string.Join(" -> ", cycle)}");
                break;
            }
        }

        return problems;
    }

    /// <summary>
    /// The tasks to run for <paramref name="targets"/>, dependencies first. With
    /// <paramref name="exclusive"/> only the targets themselves, in the order given.
    /// </summary>
    public IReadOnlyList<TaskDefinition> Plan(IReadOnlyList<string> targets, bool exclusive = false)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The task graph is invalid: " + string.Join("; ", problems));
        }

        var plan = new List<TaskDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in targets)
        {
            if (!_tasks.TryGetValue(target, out var task))
            {
                throw new ArgumentException($"Unknown task '{target}'.", nameof(targets));
            }

            if (exclusive)
            {
                if (seen.Add(task.Name))
                {
                    plan.Add(task);
                }
            }
            else
            {
                Visit(task, seen, plan);
            }
        }

        return plan;
    }

    private void Visit(TaskDefinition task, HashSet<string> seen, List<TaskDefinition> plan)
    {
        if (!seen.Add(task.Name))
        {
            return;
        }

        foreach (var dependency in task.DependsOn)
        {
            Visit(_tasks[dependency], seen, plan);
        }

        plan.Add(task);
    }

    /// <summary>Depth-first search; <paramref name="state"/>: false = on the current path, true = done.</summary>
    private List<string>? FindCycle(string name, Dictionary<string, bool> state, List<string> path)
    {
        if (state.TryGetValue(name, out var done))
        {
            return done ? null : [.. path.SkipWhile(p => !string.Equals(p, name, StringComparison.OrdinalIgnoreCase)), name];
        }

        if (!_tasks.TryGetValue(name, out var task))
        {
            return null;
        }

        state[name] = false;
        path.Add(task.Name);
        foreach (var dependency in task.DependsOn)
        {
            var cycle = FindCycle(dependency, state, path);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        state[name] = true;
        return null;
    }
}
