using System.Diagnostics;
using System.Text;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Tests.Data;

public sealed class LongLineTests
{
    [Fact]
    public void A_50_MB_line_is_skipped_without_buffering_it_and_the_next_lines_are_read()
    {
        using var data = new TempDataset();
        using (var stream = File.Create(data.PathOf("train.jsonl")))
        {
            stream.Write(Encoding.UTF8.GetBytes(Examples.Chat(1) + "\n"));
            stream.Write("""{"messages":[{"role":"user","content":" """u8);
            var block = new byte[1 << 20];
            block.AsSpan().Fill((byte)'a');
            for (var i = 0; i < 50; i++)
            {
                stream.Write(block);
            }

            stream.Write("\"}]}\n"u8);
            stream.Write(Encoding.UTF8.GetBytes(Examples.Chat(3) + "\n"));
        }

        var config = data.Config() with { Validation = new ValidationConfig { MinExamples = 1, MaxLineBytes = 1 << 20 } };
        _ = TokenCounterFactory.Get(TokenCounterFactory.O200kBase); // loading the vocabulary is not the reader's allocation
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var outcome = data.Validate(config, parallelism: 1);

        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var d = outcome.Single("FT1009");
        Assert.Equal((2, 1), (d.Line, d.Column));
        Assert.Contains("52,428,8", d.Message, StringComparison.Ordinal);
        Assert.Contains("max_line_bytes", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Train.Examples);
        Assert.Equal(1, outcome.Train.InvalidLines);
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated:N0} bytes for a 50 MB line");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }
}
