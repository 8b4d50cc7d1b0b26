using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Pipeline;

namespace FineTune.Pipeline.Data;

/// <summary>
/// Streams the train and eval datasets through every rule and computes exact token statistics. Memory stays
/// bounded whatever the file size (pooled batches, fingerprints instead of text); parsing, counting and
/// per-example rules run on every core, cross-example rules in file order. Bad data never throws: it comes
/// back as diagnostics (a missing file included). Only cancellation and programmer errors throw.
/// </summary>
public static class DatasetValidator
{
    public static ValidationOutcome Validate(PipelineSettings settings, CancellationToken cancellationToken = default)
        => Validate(settings, new DatasetValidatorOptions(), cancellationToken);

    public static ValidationOutcome Validate(PipelineSettings settings, DatasetValidatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        return new ValidationRun(settings, options).Run(cancellationToken);
    }
}
