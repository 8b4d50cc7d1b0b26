using System.Text;
using FineTune.Pipeline.Data.Reading;

namespace FineTune.Pipeline.Tests.Data.Reading;

public sealed class JsonlFileReaderSmallFileTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void A_file_read_in_one_call_is_split_into_its_lines(string prefix)
    {
        // Given a small file that a single Read call returns whole (the reader's first read looks for a BOM)
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(prefix + "{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n"));
        var scan = new FileScanResult();

        // When it is read
        var lines = new List<string>();
        foreach (var batch in new JsonlFileReader(maxLineBytes: 1024).ReadBatches(stream, scan, CancellationToken.None))
        {
            lines.AddRange(batch.Lines.Select(l => Encoding.UTF8.GetString(batch.Bytes(l).Span)));
            batch.Release();
        }

        // Then every line comes out on its own
        Assert.Equal(["{\"a\":1}", "{\"b\":2}", "{\"c\":3}"], lines);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(4096)]
    public void A_file_larger_than_the_first_read_keeps_every_line(int chunkSize)
    {
        // Given a file many times the reader's chunk, whose first read (the BOM probe) fills the whole buffer
        var expected = Enumerable.Range(0, 500).Select(i => $"{{\"n\":{i},\"pad\":\"{new string('x', i % 37)}\"}}").ToList();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", expected) + "\n"));
        var scan = new FileScanResult();

        // When it is read in small chunks
        var lines = new List<string>();
        foreach (var batch in new JsonlFileReader(maxLineBytes: 1 << 20, chunkSize).ReadBatches(stream, scan, CancellationToken.None))
        {
            lines.AddRange(batch.Lines.Select(l => Encoding.UTF8.GetString(batch.Bytes(l).Span)));
            batch.Release();
        }

        // Then nothing is cut off
        Assert.Equal(expected, lines);
    }
}
