using System.Globalization;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// Uploads a data file at most once per content. The remote name carries the first 12 hex digits of
/// the file's SHA-256 (<c>train.3fa2b1c4d5e6.jsonl</c>), so a run that lost its state (another CI
/// runner, a kill between upload and state write) still finds the earlier upload by listing files.
/// </summary>
internal sealed class FileUploader(OpenAIFineTuningApi api, ITrainingLog log, TimeProvider time, int maxRetries)
{
    private const long MaxBytes = 512L * 1024 * 1024;

    public static string RemoteName(string path, string sha256) =>
        $"{Path.GetFileNameWithoutExtension(path)}.{sha256[..12]}{Path.GetExtension(path)}";

    public async Task<UploadedFile> EnsureAsync(TrainingInput input, string sha256, UploadedFile? recorded, CancellationToken ct)
    {
        var (path, display) = (input.Path, input.Display);
        var bytes = new FileInfo(path).Length;
        var name = RemoteName(path, sha256);
        if (recorded is { } known && known.Sha256 == sha256 && await api.GetFileAsync(known.Id, ct) is not null)
        {
            log.Info($"{display}: already uploaded as {known.Id} (from the state file).");
            return known;
        }

        if (await FindAsync(name, bytes, ct) is { } existing)
        {
            log.Info($"{display}: already uploaded as {existing.Id} ({name}).");
            return new UploadedFile(existing.Id, sha256, bytes, name);
        }

        if (bytes > MaxBytes)
        {
            throw new TrainingException(TrainingFailure.InvalidRequest, $"{display} is {bytes / (1024 * 1024)} MB; the Files API takes at most 512 MB per file. Split the data or reduce it.");
        }

        log.Info(string.Create(CultureInfo.InvariantCulture, $"{display}: uploading {bytes:N0} bytes as {name}..."));
        var uploaded = await CreateOnce.RunAsync($"Uploading {display}", () => api.UploadAsync(path, name, ct), () => FindAsync(name, bytes, ct), maxRetries, time, log, ct);
        log.Info($"{display}: uploaded as {uploaded.Id}.");
        return new UploadedFile(uploaded.Id, sha256, bytes, name);
    }

    private async Task<RemoteFile?> FindAsync(string name, long bytes, CancellationToken ct) =>
        (await api.ListFineTuneFilesAsync(ct)).FirstOrDefault(f => f.Filename == name && (f.Bytes < 0 || f.Bytes == bytes));
}
