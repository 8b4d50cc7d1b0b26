namespace FineTune.Pipeline.Tool.Tests.Workflows;

/// <summary>
/// A fact that needs node, npm and shellcheck. shellcheck is optional for eng/lint-workflows.sh
/// (it checks `run:` scripts only when shellcheck is installed), so this skips without it, also in CI.
/// </summary>
public sealed class RequiresShellcheckFactAttribute : FactAttribute
{
    public RequiresShellcheckFactAttribute()
    {
        if (!RequiresNodeFactAttribute.IsOnPath("shellcheck"))
        {
            Skip = "shellcheck is not on the PATH (apt-get install shellcheck)";
        }
        else if (new RequiresNodeFactAttribute().Skip is { } skip)
        {
            Skip = skip;
        }
    }
}
