using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Tests.Runner;

public sealed class TaskGraphTests
{
    private static TaskDefinition Task(string name, params string[] dependsOn) => new(name, dependsOn, null);

    [Fact]
    public void Dependencies_run_first_and_each_task_once()
    {
        var graph = new TaskGraph([Task("validate"), Task("cost", "validate"), Task("report", "validate", "cost"), Task("all", "cost", "report")]);

        Assert.Equal(["validate", "cost", "report", "all"], graph.Plan(["all"]).Select(t => t.Name));
    }

    [Fact]
    public void Exclusive_runs_only_the_target()
    {
        var graph = new TaskGraph([Task("validate"), Task("cost", "validate")]);

        Assert.Equal(["cost"], graph.Plan(["cost"], exclusive: true).Select(t => t.Name));
    }

    [Fact]
    public void Several_roots_share_their_dependencies()
    {
        var graph = new TaskGraph([Task("validate"), Task("compare", "validate"), Task("cost", "validate")]);

        Assert.Equal(["validate", "compare", "cost"], graph.Plan(["compare", "cost"]).Select(t => t.Name));
    }

    [Fact]
    public void A_cycle_is_found_before_anything_runs()
    {
        var graph = new TaskGraph([Task("a", "c"), Task("b", "a"), Task("c", "b")]);

        var problem = Assert.Single(graph.Validate());
        Assert.Equal("tasks depend on each other in a cycle: a -> c -> b -> a", problem);
        Assert.Throws<InvalidOperationException>(() => graph.Plan(["a"]));
    }

    [Fact]
    public void A_task_that_depends_on_itself_is_a_cycle()
        => Assert.Contains("cycle: a -> a", Assert.Single(new TaskGraph([Task("a", "a")]).Validate()), StringComparison.Ordinal);

    [Fact]
    public void Missing_dependencies_and_duplicate_names_are_all_reported()
    {
        var graph = new TaskGraph([Task("validate"), Task("cost", "validat"), Task("Validate")]);

        Assert.Equal(
            ["task 'Validate' is defined twice", "task 'cost' depends on 'validat', which is not defined"],
            graph.Validate());
    }

    [Fact]
    public void Names_are_case_insensitive()
    {
        var graph = new TaskGraph([Task("validate"), Task("cost", "VALIDATE")]);

        Assert.Empty(graph.Validate());
        Assert.Equal(["validate", "cost"], graph.Plan(["Cost"]).Select(t => t.Name));
    }
}
