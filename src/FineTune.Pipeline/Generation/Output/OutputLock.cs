namespace FineTune.Pipeline.Generation.Output;

/// <summary>
/// <c>&lt;output&gt;.lock</c>, held open without sharing for the whole run: a second <c>finetune generate</c> on the
/// same output fails at once (<see cref="IOException"/>) instead of interleaving its lines. Deleted on close.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static OutputLock Take(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var path = output + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException e)
        {
            throw new IOException($"another 'finetune generate' is writing {output} ({path} is held); wait for it, or delete the lock file if no run is active.", e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
