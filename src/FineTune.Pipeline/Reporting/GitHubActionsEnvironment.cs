namespace FineTune.Pipeline.Reporting;

/// <summary>The GitHub Actions variables the reports use; <see cref="IsActive"/> when <c>GITHUB_ACTIONS=true</c>.</summary>
public sealed record GitHubActionsEnvironment(bool IsActive, string? Workspace, string? StepSummaryPath, string? OutputPath)
{
    public static GitHubActionsEnvironment From(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Get(string name) => environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        var active = string.Equals(Get("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
        return active
            ? new GitHubActionsEnvironment(true, Get("GITHUB_WORKSPACE"), Get("GITHUB_STEP_SUMMARY"), Get("GITHUB_OUTPUT"))
            : new GitHubActionsEnvironment(false, null, null, null);
    }
}
