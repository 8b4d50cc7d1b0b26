using System.Globalization;
using System.Text;

namespace FineTune.Pipeline.Data.Reading;

/// <summary>
/// A Git LFS pointer file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): what a checkout holds in
/// place of the data when the LFS objects were not fetched — <c>actions/checkout</c> does not fetch them by default.
/// Pointers are small (under 1024 bytes by the spec), start with the spec's version line and carry the object's
/// sha256 and size.
/// </summary>
internal sealed record GitLfsPointer(string Oid, long Size)
{
    private const int MaxPointerBytes = 1024;

    private static readonly byte[] VersionLine = "version https://git-lfs.github.com/spec/v1\n"u8.ToArray();

    public string ShortOid => Oid.Length > 12 ? Oid[..12] + "…" : Oid;

    /// <summary>The pointer, or null when <paramref name="path"/> is anything else (including an unreadable file: the reader reports that).</summary>
    public static GitLfsPointer? TryRead(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length > MaxPointerBytes || info.Length < VersionLine.Length)
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan().StartsWith(VersionLine) ? Parse(Encoding.UTF8.GetString(bytes)) : null;
    }

    /// <summary>Parses pointer text; null when a required line (oid, size) is missing.</summary>
    public static GitLfsPointer? Parse(string text)
    {
        string? oid = null;
        long? size = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("oid sha256:", StringComparison.Ordinal))
            {
                oid = line["oid sha256:".Length..].Trim();
            }
            else if (line.StartsWith("size ", StringComparison.Ordinal)
                && long.TryParse(line.AsSpan("size ".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                size = parsed;
            }
        }

        return oid is { Length: > 0 } && size is { } known ? new GitLfsPointer(oid, known) : null;
    }
}
