using FineTune.Pipeline.Training;
using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.OpenAI;

public sealed class ShutdownCheckTests
{
    private static EmulatorOptions WithShutdown(DateOnly date) => new()
    {
        RunningTicks = 1,
        Models = [.. EmulatedModel.Defaults.Select(m => m.Id == "gpt-4o-mini-2024-07-18" ? m with { ShutdownDate = date } : m)],
    };

    [Fact]
    public async Task A_shutdown_date_announced_by_the_endpoint_and_past_stops_before_uploading()
    {
        await using var h = await TrainingHarness.StartAsync(WithShutdown(new DateOnly(2026, 5, 1)));

        var e = await h.FailAsync();

        Assert.Equal(TrainingFailure.ModelShutDown, e.Failure);
        Assert.Equal(2, e.ExitCode);
        Assert.Equal(TrainingCodes.ShutDown, e.Location!.Code);
        Assert.Contains("was shut down on 2026-05-01 (per /v1/models; the built-in catalog says 2027-01-14)", e.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.State.Files);
    }

    [Fact]
    public async Task A_near_shutdown_date_from_the_endpoint_is_a_warning_in_the_result()
    {
        await using var h = await TrainingHarness.StartAsync(WithShutdown(new DateOnly(2026, 7, 1)));

        var result = await h.TrainAsync();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(TrainingCodes.ShutdownNear, warning.Code);
        Assert.Contains("shuts down on 2026-07-01, in 30 days", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalog_date_alone_adds_nothing_here_because_config_and_cost_already_report_it()
    {
        await using var h = await TrainingHarness.StartAsync();

        var result = await h.TrainAsync();

        Assert.Empty(result.Diagnostics);
    }
}
