using FineTune.Pipeline.Testing;

namespace FineTune.Pipeline.Tests.Training.OpenAI;

public sealed class TrainingLogSnapshotTests
{
    [Fact]
    public async Task The_log_of_a_run_tells_what_was_uploaded_created_and_produced()
    {
        await using var h = await TrainingHarness.StartAsync();

        await h.TrainAsync();
        await h.TrainAsync();

        Snapshot.Verify(h.Log.Text.Replace(h.Emulator.BaseUrl, "{endpoint}", StringComparison.Ordinal));
    }
}
