namespace FineTune.Pipeline.Training;

/// <summary>Diagnostic codes of the train task (FT7xxx).</summary>
public static class TrainingCodes
{
    /// <summary>The provider rejected the training data; the diagnostic points at the line it named.</summary>
    public const string DataRejected = "FT7001";

    /// <summary>The base model's shutdown date is near.</summary>
    public const string ShutdownNear = "FT7002";

    /// <summary>The base model's shutdown date has passed.</summary>
    public const string ShutDown = "FT7003";
}
