using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Lora.Runner;

/// <summary>
/// What makes two LoRA runs the same: the bytes of the training and validation files, the base checkpoint's
/// content hash and every <c>train</c>/<c>train.lora</c> setting that changes the adapter (not the device or
/// the output folder). Same identity: the finished adapter is reused, or an interrupted run resumed.
/// </summary>
internal static class LoraRunIdentity
{
    public const string BaseUrl = "local";

    public static (TrainingIdentity Identity, string CheckpointSha256) Compute(TrainingRequest request, string checkpoint, CancellationToken cancellationToken)
    {
        var train = request.Settings.Config.Train;
        var lora = train.Lora;
        var checkpointSha = LocalModelHash.Checkpoint(checkpoint);
        var config = string.Join(
            '\n',
            "provider=lora",
            $"base_model={request.Settings.Model.Id}",
            $"checkpoint={checkpointSha}",
            $"epochs={train.Epochs ?? 3}",
            $"batch_size={train.BatchSize ?? 4}",
            $"seed={train.Seed ?? 42}",
            $"rank={lora.Rank}",
            $"alpha={Number(lora.Alpha)}",
            $"dropout={Number(lora.Dropout)}",
            $"target_modules={string.Join(',', lora.TargetModules)}",
            $"use_rslora={lora.UseRslora}",
            $"learning_rate={Number(lora.LearningRate)}",
            $"max_steps={lora.MaxSteps?.ToString(CultureInfo.InvariantCulture) ?? "none"}",
            $"max_seq_length={lora.MaxSeqLength}",
            $"chat_format={lora.ChatFormat ?? "auto"}");
        cancellationToken.ThrowIfCancellationRequested();
        var dataset = FileSha256(request.TrainingFile.Path);
        var validation = request.ValidationFile is null ? null : FileSha256(request.ValidationFile.Path);
        var configHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(config)))[..16];
        return (new TrainingIdentity(dataset, validation, configHash), checkpointSha);
    }

    private static string FileSha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
