using FineTune.Pipeline.Config;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Data;

namespace FineTune.Pipeline.Compare;

/// <summary>
/// <c>--compare REF</c>: reads each dataset as it was at a git ref (streamed to a temp file),
/// counts examples added, removed and changed by fingerprint, and validates the old version with
/// today's settings to get the token and cost deltas.
/// </summary>
public sealed class DatasetComparer
{
    private readonly GitClient _git;
    private readonly Func<PipelineSettings, CancellationToken, ValidationOutcome> _validate;

    public DatasetComparer(GitClient git, Func<PipelineSettings, CancellationToken, ValidationOutcome> validate)
    {
        ArgumentNullException.ThrowIfNull(git);
        ArgumentNullException.ThrowIfNull(validate);
        _git = git;
        _validate = validate;
    }

    public async Task<CompareResult> CompareAsync(PipelineSettings settings, ValidationOutcome current, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(current);
        var folder = settings.Config.BaseDirectory;
        await _git.EnsureRepositoryAsync(folder, cancellationToken).ConfigureAwait(false);
        var commit = await _git.ResolveCommitAsync(folder, reference, cancellationToken).ConfigureAwait(false);

        var temp = Directory.CreateTempSubdirectory("finetune-compare-");
        try
        {
            var oldTrain = Path.Combine(temp.FullName, "train.jsonl");
            var trainExisted = await ExportAsync(commit, settings.TrainPath, oldTrain, cancellationToken).ConfigureAwait(false);
            string? oldEval = null;
            var evalExisted = false;
            if (settings.EvalPath is not null)
            {
                oldEval = Path.Combine(temp.FullName, "eval.jsonl");
                evalExisted = await ExportAsync(commit, settings.EvalPath, oldEval, cancellationToken).ConfigureAwait(false);
            }

            // An empty eval file (not null) keeps the validator from splitting the old train set.
            var previous = trainExisted || evalExisted
                ? _validate(settings with { TrainPath = oldTrain, EvalPath = oldEval }, cancellationToken)
                : null;

            var maxLineBytes = settings.Config.Validation.MaxLineBytes;
            var train = Delta(current.Train, previous?.Train, trainExisted, oldTrain, settings.TrainPath, maxLineBytes, cancellationToken);
            var eval = settings.EvalPath is null || current.Eval is null
                ? null
                : Delta(current.Eval, evalExisted ? previous?.Eval : null, evalExisted, oldEval!, settings.EvalPath, maxLineBytes, cancellationToken);

            return new CompareResult
            {
                Ref = reference,
                Commit = commit,
                Train = train,
                Eval = eval,
                PreviousEstimatedUsd = previous is null || !trainExisted ? 0m : CostEstimator.Estimate(settings, previous.Train).EstimatedUsd,
                EstimatedUsd = CostEstimator.Estimate(settings, current.Train).EstimatedUsd,
            };
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private async Task<bool> ExportAsync(string commit, string path, string destination, CancellationToken cancellationToken)
    {
        var existed = await _git.TryExportAsync(commit, path, destination, cancellationToken).ConfigureAwait(false);
        if (!existed)
        {
            await File.WriteAllBytesAsync(destination, [], cancellationToken).ConfigureAwait(false);
        }

        return existed;
    }

    private static DatasetDelta Delta(DatasetSummary now, DatasetSummary? before, bool existed, string oldPath, string newPath, long maxLineBytes, CancellationToken cancellationToken)
    {
        var counts = DeltaCounter.Count(
            FingerprintReader.Read(oldPath, maxLineBytes, cancellationToken),
            FingerprintReader.Read(newPath, maxLineBytes, cancellationToken));
        return new DatasetDelta
        {
            Path = now.Path,
            ExistedAtRef = existed,
            Added = counts.Added,
            Removed = counts.Removed,
            Changed = counts.Changed,
            Unchanged = counts.Unchanged,
            ExamplesDelta = now.Examples - (before?.Examples ?? 0),
            TokensDelta = now.Tokens.Total - (before?.Tokens.Total ?? 0),
            BillingTokensDelta = now.Tokens.Billing - (before?.Tokens.Billing ?? 0),
        };
    }
}
