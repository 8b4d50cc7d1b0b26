using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Data;

/// <summary>Streams the train and eval datasets through every rule and computes exact token statistics.</summary>
public static class DatasetValidator
{
    public static ValidationOutcome Validate(PipelineSettings settings, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("owned by the data work");
}
