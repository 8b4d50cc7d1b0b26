using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FineTune.Pipeline.Data.Reading;

namespace FineTune.Pipeline.Compare;

/// <summary>
/// Streams a JSONL file into <see cref="ExampleFingerprint"/>s with the validator's line reader (pooled
/// buffers; the file, and an over-long line, is never held whole). JSON is re-serialized compactly before hashing, so whitespace-only edits are not
/// changes. Lines that are not JSON objects are skipped: validation reports them.
/// </summary>
public static class FingerprintReader
{
    /// <summary>Fingerprints of the file's examples, in file order.</summary>
    /// <param name="path">The JSONL file.</param>
    /// <param name="maxLineBytes">Longer lines are skipped without being buffered whole, as validation does.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    public static IEnumerable<ExampleFingerprint> Read(string path, long maxLineBytes = 16 * 1024 * 1024, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        foreach (var batch in new JsonlFileReader(maxLineBytes).ReadBatches(stream, new FileScanResult(), cancellationToken))
        {
            try
            {
                foreach (var line in batch.Lines.Where(l => !l.Has(LineFlags.TooLong)))
                {
                    if (TryFingerprint(batch.Bytes(line)) is { } fingerprint)
                    {
                        yield return fingerprint;
                    }
                }
            }
            finally
            {
                batch.Release();
            }
        }
    }

    /// <summary>The fingerprint of one JSONL line, or null when it is blank or not a JSON object.</summary>
    public static ExampleFingerprint? TryFingerprint(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return TryFingerprint(Encoding.UTF8.GetBytes(line));
    }

    private static ExampleFingerprint? TryFingerprint(ReadOnlyMemory<byte> line)
    {
        if (line.Span.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object ? Fingerprint(root) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ExampleFingerprint Fingerprint(JsonElement root)
    {
        using var prompt = new Canonical();
        using var answer = new Canonical();
        if (root.TryGetProperty("input", out var input))
        {
            prompt.Add("input", input);
        }
        else if (root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
        {
            var items = messages.EnumerateArray().ToList();
            var last = items.FindLastIndex(m => m.ValueKind == JsonValueKind.Object
                && m.TryGetProperty("role", out var role) && role.ValueKind == JsonValueKind.String && role.ValueEquals("assistant"));
            for (var i = 0; i < items.Count; i++)
            {
                (last < 0 || i < last ? prompt : answer).Add("messages", items[i]);
            }
        }

        foreach (var property in root.EnumerateObject().Where(p => p.Name is not "messages" and not "input"))
        {
            answer.Add(property.Name, property.Value);
        }

        return new ExampleFingerprint(prompt.Hash(), answer.Hash());
    }

    /// <summary>Compact JSON of named values, hashed with SHA-256 truncated to 128 bits.</summary>
    private sealed class Canonical : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _writer;

        public Canonical()
        {
            _writer = new Utf8JsonWriter(_buffer);
            _writer.WriteStartArray();
        }

        public void Add(string name, JsonElement value)
        {
            _writer.WriteStringValue(name);
            value.WriteTo(_writer);
        }

        public UInt128 Hash()
        {
            _writer.WriteEndArray();
            _writer.Flush();
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(_buffer.WrittenSpan, digest);
            return BinaryPrimitives.ReadUInt128LittleEndian(digest);
        }

        public void Dispose() => _writer.Dispose();
    }
}
