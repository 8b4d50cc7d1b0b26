namespace OpenAI.Emulator;

/// <summary>A base model the emulator serves.</summary>
/// <param name="Id">Model id, e.g. <c>gpt-4o-mini-2024-07-18</c>.</param>
/// <param name="FineTunable">Whether fine-tuning jobs may use it.</param>
/// <param name="ShutdownDate">Reported as <c>shutdown_date</c> by <c>/v1/models</c>.</param>
/// <param name="ResolvesTo">For aliases (<c>gpt-4o-mini</c>): the snapshot a job records as its model.</param>
public sealed record EmulatedModel(string Id, bool FineTunable, DateOnly? ShutdownDate, string? ResolvesTo = null)
{
    private static readonly DateOnly Jan2027 = new(2027, 1, 14);
    private static readonly DateOnly Oct2026 = new(2026, 10, 23);

    /// <summary>The fine-tunable OpenAI models with their announced shutdown dates, plus two aliases.</summary>
    public static IReadOnlyList<EmulatedModel> Defaults { get; } =
    [
        new("gpt-4o-mini-2024-07-18", true, Jan2027),
        new("gpt-4o-mini", true, Jan2027, "gpt-4o-mini-2024-07-18"),
        new("gpt-4o-2024-08-06", true, Jan2027),
        new("gpt-4.1-2025-04-14", true, Jan2027),
        new("gpt-4.1-mini-2025-04-14", true, Jan2027),
        new("gpt-4.1-mini", true, Jan2027, "gpt-4.1-mini-2025-04-14"),
        new("gpt-4.1-nano-2025-04-14", true, Oct2026),
        new("gpt-3.5-turbo-0125", true, Oct2026),
        new("o4-mini", false, Oct2026),
    ];

    public string Snapshot => ResolvesTo ?? Id;
}
