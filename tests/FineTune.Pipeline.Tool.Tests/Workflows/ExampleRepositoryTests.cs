using FineTune.Pipeline.Tool.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace FineTune.Pipeline.Tool.Tests.Workflows;

/// <summary>
/// The example repositories users copy: complete (README, finetune.yaml, data, workflow), honest
/// about what is upcoming, and each showing the Actions feature it exists for.
/// That the data passes `finetune validate` is tested in Packaging/ToolRunTests.
/// </summary>
public sealed class ExampleRepositoryTests
{
    public static TheoryData<string> Examples => new(
        Directory.GetDirectories(RepositoryRoot.Combine("examples")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_is_a_complete_repository(string example)
    {
        var root = RepositoryRoot.Combine("examples", example);

        Assert.True(File.Exists(Path.Combine(root, "README.md")), $"{example}: README.md missing");
        Assert.True(File.Exists(Path.Combine(root, "finetune.yaml")), $"{example}: finetune.yaml missing");
        Assert.True(File.Exists(Path.Combine(root, "data", "train.jsonl")), $"{example}: data/train.jsonl missing");
        Assert.NotEmpty(WorkflowsOf(example));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_workflows_name_only_targets_the_tool_has(string example)
    {
        string[] targets = ["validate", "cost", "train", "evaluate", "all", "generate"];
        var named = WorkflowsOf(example)
            .SelectMany(w => YamlFile.Steps(w))
            .Select(s => s.Text("with", "target"))
            .OfType<string>()
            .Where(t => !t.Contains("${{", StringComparison.Ordinal));

        Assert.All(named, t => Assert.Contains(t, targets));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_readme_does_not_call_shipped_features_upcoming(string example)
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("examples", example, "README.md"));

        Assert.DoesNotContain("upcoming", readme, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_is_listed_in_the_github_actions_guide(string example)
    {
        var guide = File.ReadAllText(RepositoryRoot.Combine("docs", "github-actions.md"));

        Assert.Contains($"examples/{example}", guide, StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_request_gate_filters_on_data_paths_cancels_stale_runs_and_compares_with_the_base()
    {
        var workflow = WorkflowsOf("pr-data-gate").Single();
        var paths = ((YamlSequenceNode)workflow.Get("on", "pull_request", "paths")!).Children.Select(p => ((YamlScalarNode)p).Value).ToList();

        Assert.Contains("data/**", paths);
        Assert.Contains("finetune.yaml", paths);
        Assert.Equal("true", workflow.Text("concurrency", "cancel-in-progress"));
        var steps = YamlFile.Steps(workflow).ToList();
        Assert.Equal("0", steps.Single(s => s.Text("uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true).Text("with", "fetch-depth"));
        Assert.Contains(steps, s => s.Text("with", "compare") == "origin/${{ github.base_ref }}");
    }

    [Fact]
    public void Scheduled_retrain_queues_instead_of_cancelling_and_exposes_the_model_id()
    {
        var workflow = WorkflowsOf("scheduled-retrain").Single();

        Assert.NotNull(workflow.Get("on", "schedule"));
        Assert.NotNull(workflow.Get("on", "workflow_dispatch"));
        Assert.Equal("false", workflow.Text("concurrency", "cancel-in-progress"));
        Assert.Equal("${{ steps.finetune.outputs.model-id }}", workflow.Text("jobs", "retrain", "outputs", "model-id"));
        var finetune = YamlFile.Steps(workflow).Single(s => s.Text("id") == "finetune");
        Assert.Equal("${{ secrets.OPENAI_API_KEY }}", finetune.Text("env", "OPENAI_API_KEY"));
        Assert.Null(finetune.Get("with", "api-key"));
    }

    [Fact]
    public void Deployment_gate_deploys_only_after_the_evaluation_job()
    {
        var workflow = WorkflowsOf("deployment-gate").Single();

        Assert.Equal("evaluate", workflow.Text("jobs", "deploy", "needs"));
        Assert.Equal("evaluate", YamlFile.Steps(workflow).Single(s => s.Text("id") == "evaluate").Text("with", "target"));
    }

    [Fact]
    public void Lora_example_runs_on_a_gpu_runner_with_the_cuda_build_and_cached_weights()
    {
        var workflow = WorkflowsOf("lora-gpu").Single();

        var labels = ((YamlSequenceNode)workflow.Get("jobs", "train", "runs-on")!).Children.Select(l => ((YamlScalarNode)l).Value).ToList();
        Assert.Equal(["self-hosted", "linux", "x64", "gpu"], labels);
        var steps = YamlFile.Steps(workflow).ToList();
        Assert.Contains(steps, s => s.Text("with", "build-properties") == "FineTuneTorchBackend=cuda");
        var cache = steps.Single(s => s.Text("uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        Assert.Contains("env.BASE_MODEL", cache.Text("with", "key"), StringComparison.Ordinal);
    }

    private static List<YamlMappingNode> WorkflowsOf(string example)
    {
        var folder = RepositoryRoot.Combine("examples", example, ".github", "workflows");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal).Select(YamlFile.Load).ToList() : [];
    }
}
