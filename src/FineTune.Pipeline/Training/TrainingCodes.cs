namespace FineTune.Pipeline.Training;

/// <summary>Diagnostic codes of the train task (FT5xxx). Each one is documented in README.md.</summary>
public static class TrainingCodes
{
    /// <summary>The provider rejected the training data; the diagnostic points at the line it named.</summary>
    public const string DataRejected = "FT5001";

    /// <summary>Warning: the base model's shutdown date is near.</summary>
    public const string ShutdownNear = "FT5002";

    /// <summary>The base model's shutdown date has passed (exit 2).</summary>
    public const string ShutDown = "FT5003";

    /// <summary>Training failed outside: the API, the network, the job (exit 3).</summary>
    public const string Failed = "FT5004";

    /// <summary>Training cannot start with this configuration: no API key, unknown model, rejected parameters (exit 2).</summary>
    public const string NotConfigured = "FT5005";

    /// <summary>train refuses to upload data that validation rejects (run with <c>--exclusive</c> on invalid data).</summary>
    public const string InvalidData = "FT5006";

    /// <summary>The configured provider has no trainer in this version (exit 2).</summary>
    public const string ProviderNotAvailable = "FT5007";
}
