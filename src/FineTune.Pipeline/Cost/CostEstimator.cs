using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data;

namespace FineTune.Pipeline.Cost;

public static class CostEstimator
{
    public static CostEstimate Estimate(PipelineSettings settings, ValidationOutcome outcome)
        => throw new NotImplementedException("owned by the front work");
}
