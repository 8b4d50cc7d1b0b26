namespace OpenAI.Emulator;

/// <summary>What advances a fine-tuning job by one tick.</summary>
public enum JobProgressMode
{
    /// <summary>Each <c>GET /v1/fine_tuning/jobs/{id}</c> of the job: tests run as fast as the client polls.</summary>
    ByPolls,

    /// <summary>Each <see cref="EmulatorOptions.TickDuration"/> of time on <see cref="EmulatorOptions.Clock"/>.</summary>
    ByTime,

    /// <summary>Only <see cref="OpenAIEmulator.AdvanceJob"/>: the test decides every step.</summary>
    Manual,
}
