using FineTune.Pipeline.Testing;

namespace FineTune.Pipeline.Tests.Training;

public sealed class TrainOutputSnapshotTests
{
    [Fact]
    public async Task The_console_output_of_train_reads_as_a_log_of_what_happened()
    {
        await using var p = await TrainProject.StartAsync(extraYaml: "validation:\n  rules:\n    FT0021: off\n");

        await p.RunAsync("train");
        var first = p.Console.Output;
        await p.RunAsync("train");

        Snapshot.Verify(Snapshot.Scrub(first + "\n--- second run ---\n" + p.Console.Output, p.Root).Replace(p.Emulator.BaseUrl, "{endpoint}", StringComparison.Ordinal));
    }
}
