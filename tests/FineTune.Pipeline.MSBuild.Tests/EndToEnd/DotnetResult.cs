using System.Text.RegularExpressions;

namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>Exit code and combined output of one dotnet command.</summary>
public sealed partial record DotnetResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The distinct canonical diagnostics MSBuild printed (<c>file(l,c): error FTxxxx: msg</c>), without the trailing project.</summary>
    public IReadOnlyList<string> Diagnostics(string kind = "error")
        => [.. CanonicalLine().Matches(Output)
            .Where(m => m.Groups["kind"].Value == kind)
            .Select(m => m.Groups["line"].Value.Trim())
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Codes of the distinct diagnostics of one kind.</summary>
    public IReadOnlyList<string> Codes(string kind = "error")
        => [.. Diagnostics(kind).Select(d => CodePattern().Match(d).Groups["code"].Value).Distinct(StringComparer.Ordinal)];

    public override string ToString() => $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n{Output}";

    [GeneratedRegex(@"^\s*(?<line>\S.*?: (?<kind>error|warning) [A-Z]+\d+: .*?)(?: \[[^\]]+\])?$", RegexOptions.Multiline)]
    private static partial Regex CanonicalLine();

    [GeneratedRegex(@": (?:error|warning) (?<code>[A-Z]+\d+):")]
    private static partial Regex CodePattern();
}
