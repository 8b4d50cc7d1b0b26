using System.Text.RegularExpressions;
using FineTune.Pipeline.Tool.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace FineTune.Pipeline.Tool.Tests.Workflows;

/// <summary>
/// The promises action.yml makes to its users (inputs, defaults, outputs, how keys travel) and
/// the hygiene every workflow here keeps. actionlint checks syntax and expressions; these check
/// what is specific to this action.
/// </summary>
public sealed partial class ActionMetadataTests
{
    private static readonly YamlMappingNode Action = YamlFile.Load(RepositoryRoot.Combine("action.yml"));

    [Theory]
    [InlineData("config", "finetune.yaml")]
    [InlineData("target", "validate")]
    [InlineData("report-dir", "artifacts/finetune")]
    [InlineData("compare", "")]
    [InlineData("version", "")]
    [InlineData("upload-report", "true")]
    [InlineData("dotnet-version", "10.0.x")]
    public void Input_has_its_documented_default(string input, string expected)
    {
        Assert.Equal(expected, Action.Text("inputs", input, "default"));
        Assert.Equal("false", Action.Text("inputs", input, "required"));
    }

    [Theory]
    [InlineData("verdict")]
    [InlineData("examples")]
    [InlineData("billing-tokens")]
    [InlineData("estimated-usd")]
    [InlineData("report-dir")]
    [InlineData("model-id")]
    public void Output_is_the_same_named_output_the_tool_writes(string output)
    {
        Assert.Equal($"${{{{ steps.run.outputs.{output} }}}}", Action.Text("outputs", output, "value"));
    }

    [Fact]
    public void Is_a_composite_action_that_sets_up_dotnet_before_running_the_tool()
    {
        Assert.Equal("composite", Action.Text("runs", "using"));
        var steps = YamlFile.Steps(Action).ToList();
        Assert.StartsWith("actions/setup-dotnet@", steps[0].Text("uses"), StringComparison.Ordinal);
        Assert.Equal("${{ inputs.dotnet-version }}", steps[0].Text("with", "dotnet-version"));
        Assert.Contains(steps, s => s.Text("id") == "run");
    }

    [Fact]
    public void No_input_carries_a_secret_keys_come_from_the_environment()
    {
        var inputs = ((YamlMappingNode)Action.Get("inputs")!).Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

        Assert.DoesNotContain(inputs, name => SecretLikeName().IsMatch(name));
    }

    [Fact]
    public void The_report_is_uploaded_also_when_the_gate_fails_unless_switched_off()
    {
        var upload = YamlFile.Steps(Action).Single(s => s.Text("uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);

        var condition = upload.Text("if")!;
        Assert.Contains("always()", condition, StringComparison.Ordinal);
        Assert.Contains("inputs.upload-report == 'true'", condition, StringComparison.Ordinal);
        Assert.Equal("${{ inputs.artifact-name }}", upload.Text("with", "name"));
    }

    [Fact]
    public void Every_used_action_is_pinned_to_a_major_version_or_a_commit()
    {
        var unpinned = YamlFile.AllActionYaml()
            .SelectMany(file => YamlFile.Steps(YamlFile.Load(file)).Select(step => (file, uses: step.Text("uses"))))
            .Where(x => x.uses is not null && !x.uses.StartsWith("./", StringComparison.Ordinal) && !PinnedUses().IsMatch(x.uses))
            .Select(x => $"{Path.GetRelativePath(RepositoryRoot.Path, x.file)}: {x.uses}")
            .ToList();

        Assert.True(unpinned.Count == 0, "unpinned actions:\n" + string.Join('\n', unpinned));
    }

    [Fact]
    public void No_run_script_interpolates_an_expression_values_go_through_env()
    {
        // `${{ }}` inside a script is pasted into the shell before it runs (script injection);
        // every value reaches scripts here as an environment variable instead.
        var offending = YamlFile.AllActionYaml()
            .SelectMany(file => YamlFile.Steps(YamlFile.Load(file)).Select(step => (file, run: step.Text("run"))))
            .Where(x => x.run?.Contains("${{", StringComparison.Ordinal) == true)
            .Select(x => $"{Path.GetRelativePath(RepositoryRoot.Path, x.file)}: {x.run}")
            .ToList();

        Assert.True(offending.Count == 0, "run scripts with expressions:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void The_checks_above_see_the_steps_of_every_file()
    {
        Assert.All(YamlFile.AllActionYaml(), file => Assert.NotEmpty(YamlFile.Steps(YamlFile.Load(file))));
    }

    [GeneratedRegex("key|token|secret|password", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLikeName();

    [GeneratedRegex(@"^[\w.-]+/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$")]
    private static partial Regex PinnedUses();
}
