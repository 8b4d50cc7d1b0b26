using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FineTune.Pipeline.Testing;

/// <summary>
/// Snapshot assertions with Verify's file convention: <c>Class.Method.verified.ext</c> is committed beside
/// the test file; on mismatch <c>Class.Method.received.ext</c> is written next to it and the test fails.
/// Set <c>UPDATE_SNAPSHOTS=1</c> to accept the received text.
/// </summary>
public static partial class Snapshot
{
    public static void Verify(
        string actual,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var directory = Path.GetDirectoryName(testFile)!;
        var className = Path.GetFileNameWithoutExtension(testFile);
        var stem = Path.Combine(directory, $"{className}.{name ?? testMethod}");
        var verifiedPath = $"{stem}.verified.{extension}";
        var receivedPath = $"{stem}.received.{extension}";
        var normalized = Normalize(actual);

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        var reason = expected is null ? "no verified snapshot exists yet" : "the text differs from the verified snapshot";
        throw new Xunit.Sdk.XunitException(
            $"Snapshot mismatch ({reason}).\nReceived: {receivedPath}\nVerified: {verifiedPath}\n" +
            $"Compare them; if the received text is right, rename it to .verified (or run with UPDATE_SNAPSHOTS=1).\n\n" +
            FirstDifference(expected ?? string.Empty, normalized));
    }

    /// <summary>Replaces volatile fragments (durations, temp paths) with stable placeholders.</summary>
    public static string Scrub(string text, params string[] pathsToHide)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var p in pathsToHide.Where(p => !string.IsNullOrEmpty(p)).OrderByDescending(p => p.Length))
        {
            text = text.Replace(p, "{dir}", StringComparison.Ordinal);
        }

        return DurationPattern().Replace(text, "{duration}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"First difference at line {i + 1}:\n  verified: {el}\n  received: {al}";
            }
        }

        return string.Empty;
    }

    [GeneratedRegex(@"\b\d+(\.\d+)?\s?(ms|s)\b")]
    private static partial Regex DurationPattern();
}
