using System.ComponentModel;
using System.Diagnostics;
using FineTune.Pipeline.Data.Reading;
using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Compare;

/// <summary>
/// The few git commands <c>--compare</c> needs, run as a child process (git must be on PATH).
/// Failures become <see cref="PipelineException"/>s with a message a user can act on.
/// </summary>
public sealed class GitClient
{
    private readonly string _gitExecutable;

    public GitClient(string gitExecutable = "git")
    {
        ArgumentNullException.ThrowIfNull(gitExecutable);
        _gitExecutable = gitExecutable;
    }

    /// <summary>Fails with FT9010 unless <paramref name="folder"/> is inside a git work tree.</summary>
    public async Task EnsureRepositoryAsync(string folder, CancellationToken cancellationToken)
    {
        var result = await RunAsync(folder, ["rev-parse", "--is-inside-work-tree"], null, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 || result.Output.Trim() != "true")
        {
            throw PipelineException.Usage(RunnerCodes.NotAGitRepository,
                $"--compare needs a git repository, but '{folder}' is not inside one ({FirstLine(result.Error)}). Run it in a clone, or drop --compare.");
        }
    }

    /// <summary>The commit id <paramref name="reference"/> names; fails with FT9011 when there is none.</summary>
    public async Task<string> ResolveCommitAsync(string folder, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.StartsWith('-') || reference.Contains(':', StringComparison.Ordinal))
        {
            throw PipelineException.Usage(RunnerCodes.UnknownGitRef, $"'{reference}' is not a git ref (refs cannot start with '-' or contain ':').");
        }

        var result = await RunAsync(folder, ["rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}"], null, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw PipelineException.Usage(RunnerCodes.UnknownGitRef,
                $"git ref '{reference}' does not exist in this repository. In a shallow CI clone fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin {reference}).");
        }

        return result.Output.Trim();
    }

    /// <summary>
    /// Writes the file at <paramref name="path"/> as it was in <paramref name="commit"/> to
    /// <paramref name="destination"/>, streaming. False when the file did not exist in that commit.
    /// </summary>
    public async Task<bool> TryExportAsync(string commit, string path, string destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var spec = $"{commit}:./{Path.GetFileName(path)}";
        var exists = await RunAsync(folder, ["cat-file", "-e", spec], null, cancellationToken).ConfigureAwait(false);
        if (exists.ExitCode != 0)
        {
            return false;
        }

        var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await using (output.ConfigureAwait(false))
        {
            var result = await RunAsync(folder, ["cat-file", "blob", spec], output, cancellationToken).ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                throw PipelineException.External(RunnerCodes.GitFailed, $"git could not read {spec}: {FirstLine(result.Error)}");
            }
        }

        if (GitLfsPointer.TryRead(destination) is not null)
        {
            await ExportThroughLfsAsync(folder, commit, spec, path, destination, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// The blob is a Git LFS pointer: ask git to apply the file's filters (git-lfs smudges the pointer into the data when
    /// it is installed and has the object), and fail clearly when what comes back is still a pointer.
    /// </summary>
    private async Task ExportThroughLfsAsync(string folder, string commit, string spec, string path, string destination, CancellationToken cancellationToken)
    {
        var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        GitResult result;
        await using (output.ConfigureAwait(false))
        {
            result = await RunAsync(folder, ["cat-file", "--filters", spec], output, cancellationToken).ConfigureAwait(false);
        }

        if (result.ExitCode != 0 || GitLfsPointer.TryRead(destination) is not null)
        {
            var why = result.ExitCode != 0 ? $" (git: {FirstLine(result.Error)})" : string.Empty;
            throw PipelineException.External(RunnerCodes.GitFailed,
                $"{Path.GetFileName(path)} is stored in Git LFS and its content at {commit} is not available here{why}. " +
                $"Install git-lfs and fetch the objects (`git lfs fetch origin {commit}`; in GitHub Actions, actions/checkout with `lfs: true` and `fetch-depth: 0`), or run without --compare.");
        }
    }

    private async Task<GitResult> RunAsync(string folder, IReadOnlyList<string> arguments, Stream? stdoutTarget, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_gitExecutable)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException)
        {
            throw PipelineException.External(RunnerCodes.GitFailed, $"could not run git for --compare ({ex.Message}). Install git and make sure it is on PATH.", ex);
        }

        using (process)
        {
            try
            {
                var error = process.StandardError.ReadToEndAsync(cancellationToken);
                var output = string.Empty;
                if (stdoutTarget is null)
                {
                    output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await process.StandardOutput.BaseStream.CopyToAsync(stdoutTarget, cancellationToken).ConfigureAwait(false);
                }

                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                return new GitResult(process.ExitCode, output, await error.ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line) ? "no details" : line;
    }

    private sealed record GitResult(int ExitCode, string Output, string Error);
}
