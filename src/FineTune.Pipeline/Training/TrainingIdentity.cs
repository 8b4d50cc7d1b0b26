using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FineTune.Pipeline.Training;

/// <summary>
/// What makes two training runs the same: the bytes of the data files and the settings that change
/// the model. The git commit is not part of it, so an unrelated commit does not retrain. <see cref="Key"/>
/// tags the remote job (metadata <c>finetune_identity</c>) and names the state, so a re-run finds its job.
/// </summary>
public sealed record TrainingIdentity(string DatasetSha256, string? ValidationSha256, string ConfigHash)
{
    /// <summary>32 hex digits derived from the data and config hashes.</summary>
    public string Key => Sha256Hex(Encoding.UTF8.GetBytes($"{DatasetSha256}\n{ValidationSha256}\n{ConfigHash}"))[..32];

    public static async Task<TrainingIdentity> ComputeAsync(TrainingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var train = request.Settings.Config.Train;
        var config = string.Join(
            '\n',
            $"provider={train.Provider}",
            $"base_model={request.Settings.Model.Id}",
            "method=supervised",
            $"n_epochs={Auto(train.Epochs)}",
            $"batch_size={Auto(train.BatchSize)}",
            $"learning_rate_multiplier={Auto(train.LearningRateMultiplier)}",
            $"suffix={train.Suffix}",
            $"seed={train.Seed}");
        var dataset = await FileSha256Async(request.TrainingFile.Path, cancellationToken);
        var validation = request.ValidationFile is null ? null : await FileSha256Async(request.ValidationFile.Path, cancellationToken);
        return new TrainingIdentity(dataset, validation, Sha256Hex(Encoding.UTF8.GetBytes(config))[..16]);
    }

    public static async Task<string> FileSha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Auto(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture) ?? "auto";
}
