namespace OpenAI.Emulator;

/// <summary>How the emulator behaves; every field has a default suited to tests.</summary>
public sealed record EmulatorOptions
{
    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The only bearer token accepted; null accepts any non-empty token.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Source of timestamps and, in <see cref="JobProgressMode.ByTime"/>, of job progress.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>What moves a fine-tuning job forward: polls of the job, or time on <see cref="Clock"/>.</summary>
    public JobProgressMode Progress { get; init; } = JobProgressMode.ByPolls;

    /// <summary>Clock time per tick in <see cref="JobProgressMode.ByTime"/>.</summary>
    public TimeSpan TickDuration { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Ticks a job spends in <c>running</c>; its training steps are spread evenly over them.</summary>
    public int RunningTicks { get; init; } = 3;

    /// <summary>When set, a job moves to <c>pausing</c> after this many running ticks, as if someone paused it.</summary>
    public int? PauseAfterRunningTicks { get; init; }

    /// <summary>Fewest examples a training file must hold (the API requires 10).</summary>
    public int MinExamples { get; init; } = 10;

    public string OrganizationId { get; init; } = "org-emulator";

    /// <summary>Chat models whose replies the test scripts (teachers, judges); they win over every other model of the same id.</summary>
    public IReadOnlyList<ScriptedModel> ScriptedModels { get; init; } = [];

    /// <summary>Models listed by <c>/v1/models</c> and accepted for fine-tuning and chat.</summary>
    public IReadOnlyList<EmulatedModel> Models { get; init; } = EmulatedModel.Defaults;
}
