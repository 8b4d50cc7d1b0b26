using System.Text;
using FineTune.Pipeline.Data.Reading;

namespace FineTune.Pipeline.Tests.Data.Reading;

public sealed class JsonlFileReaderTests
{
    private static (List<(int Number, string Text, LineFlags Flags, long Length)> Lines, FileScanResult Scan) Read(
        byte[] bytes, long maxLineBytes = 1 << 20, int chunkSize = 16)
    {
        var scan = new FileScanResult();
        var lines = new List<(int, string, LineFlags, long)>();
        var reader = new JsonlFileReader(maxLineBytes, chunkSize);
        foreach (var batch in reader.ReadBatches(new MemoryStream(bytes), scan, CancellationToken.None))
        {
            foreach (var line in batch.Lines)
            {
                lines.Add((line.Number, Encoding.UTF8.GetString(batch.Bytes(line).Span), line.Flags, line.ByteLength));
            }

            batch.Release();
        }

        return (lines, scan);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(64)]
    [InlineData(4096)]
    public void Lines_come_out_whole_and_in_order_whatever_the_chunk_size(int chunkSize)
    {
        var text = string.Join("\n", Enumerable.Range(1, 50).Select(i => new string((char)('a' + (i % 26)), i))) + "\n";

        var (lines, scan) = Read(Encoding.UTF8.GetBytes(text), chunkSize: chunkSize);

        Assert.Equal(Enumerable.Range(1, 50), lines.Select(l => l.Number));
        Assert.All(lines, l => Assert.Equal(l.Number, l.Text.Length));
        Assert.Equal(50, scan.Lines);
        Assert.Equal(text.Length, scan.Bytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))), scan.Sha256);
    }

    [Fact]
    public void Crlf_is_removed_and_flagged_and_a_last_line_without_newline_is_flagged()
    {
        var (lines, _) = Read(Encoding.UTF8.GetBytes("one\r\ntwo\nthree"));

        Assert.Equal(["one", "two", "three"], lines.Select(l => l.Text));
        Assert.Equal([LineFlags.CarriageReturn, LineFlags.None, LineFlags.NoNewline], lines.Select(l => l.Flags));
    }

    [Fact]
    public void Bom_is_removed_from_the_first_line()
    {
        var (lines, scan) = Read([0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}', (byte)'\n']);

        Assert.True(scan.HasBom);
        Assert.Equal("{}", lines.Single().Text);
        Assert.True(lines.Single().Flags.HasFlag(LineFlags.AfterBom));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(1000)]
    public void Over_long_lines_are_skipped_with_their_length_and_reading_goes_on(int chunkSize)
    {
        var text = "short\n" + new string('x', 300) + "\nafter\n" + new string('y', 500);

        var (lines, _) = Read(Encoding.UTF8.GetBytes(text), maxLineBytes: 100, chunkSize: chunkSize);

        Assert.Equal(4, lines.Count);
        Assert.Equal(("short", LineFlags.None), (lines[0].Text, lines[0].Flags));
        Assert.Equal((string.Empty, LineFlags.TooLong, 300L), (lines[1].Text, lines[1].Flags, lines[1].Length));
        Assert.Equal("after", lines[2].Text);
        Assert.Equal((LineFlags.TooLong | LineFlags.NoNewline, 500L), (lines[3].Flags, lines[3].Length));
    }

    [Fact]
    public void Long_lines_under_the_limit_grow_the_buffer()
    {
        var text = "a\n" + new string('b', 1000) + "\nc\n";

        var (lines, _) = Read(Encoding.UTF8.GetBytes(text), maxLineBytes: 2000, chunkSize: 16);

        Assert.Equal(["a", new string('b', 1000), "c"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Empty_stream_has_no_lines()
    {
        var (lines, scan) = Read([]);

        Assert.Empty(lines);
        Assert.Equal((0L, 0), (scan.Bytes, scan.Lines));
    }
}
