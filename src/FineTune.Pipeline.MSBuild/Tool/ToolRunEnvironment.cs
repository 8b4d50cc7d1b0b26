namespace FineTune.Pipeline.MSBuild.Tool;

/// <summary>Environment and exit-code conventions of a <c>finetune</c> run under MSBuild.</summary>
internal static class ToolRunEnvironment
{
    /// <summary>Adds <c>NO_COLOR=1</c> (plain lines parse as canonical errors) unless the caller set it.</summary>
    public static string[] WithDefaults(string[]? variables)
    {
        var list = (variables ?? []).ToList();
        if (!list.Any(v => v.StartsWith("NO_COLOR=", StringComparison.Ordinal)))
        {
            list.Add("NO_COLOR=1");
        }

        return [.. list];
    }

    /// <summary>The contract's exit codes in words.</summary>
    public static string ExitCodeMeaning(int exitCode) => exitCode switch
    {
        0 => "passed",
        1 => "a gate failed",
        2 => "bad usage or bad configuration",
        3 => "an external failure: network, API, or a failed or cancelled training job",
        -1 => "the process could not be run or was killed",
        _ => "unexpected exit code",
    };

    /// <summary>The last lines the tool printed, for an error that would otherwise say nothing useful.</summary>
    public static string Tail(IEnumerable<string> lines)
    {
        var tail = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        return tail.Count == 0 ? string.Empty : " Last output: " + string.Join(" | ", tail.Select(l => l.Trim()));
    }
}
