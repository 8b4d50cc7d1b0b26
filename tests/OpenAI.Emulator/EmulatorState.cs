namespace OpenAI.Emulator;

/// <summary>
/// Everything the emulator remembers: files and jobs in creation order. One lock guards it all;
/// ids are sequential so that runs are reproducible.
/// </summary>
public sealed class EmulatorState
{
    private readonly List<StoredFile> _files = [];
    private readonly List<EmulatedJob> _jobs = [];
    private int _nextId;

    internal object Gate { get; } = new();

    /// <summary>A snapshot of the files, oldest first.</summary>
    public IReadOnlyList<StoredFile> Files
    {
        get
        {
            lock (Gate)
            {
                return [.. _files];
            }
        }
    }

    /// <summary>A snapshot of the jobs, oldest first.</summary>
    public IReadOnlyList<EmulatedJob> Jobs
    {
        get
        {
            lock (Gate)
            {
                return [.. _jobs];
            }
        }
    }

    internal string NewId(string prefix)
    {
        var n = Interlocked.Increment(ref _nextId);
        return $"{prefix}{n:D6}";
    }

    internal void Add(StoredFile file) => _files.Add(file);

    internal void Add(EmulatedJob job) => _jobs.Add(job);

    internal StoredFile? FindFile(string id) => _files.Find(f => f.Id == id);

    internal bool RemoveFile(string id) => _files.RemoveAll(f => f.Id == id) > 0;

    internal EmulatedJob? FindJob(string id) => _jobs.Find(j => j.Id == id);

    internal IEnumerable<StoredFile> FilesNewestFirst => Enumerable.Reverse(_files);

    internal IEnumerable<EmulatedJob> JobsNewestFirst => Enumerable.Reverse(_jobs);
}
